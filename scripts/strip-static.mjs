// After `next build`, before the CSP hashes: remove the framework runtime from
// every page that has nothing to hydrate (docs/adr/0005-content-pages-without-javascript.md).
//
// A page keeps its scripts unless its own React Server Components payload (the
// `self.__next_f` data inlined in the HTML) proves it needs none: every client
// component it renders must be either Next's own plumbing (router, boundaries)
// or listed in HYDRATION_FREE below. Client references are resolved to source
// files through Next's client reference manifests, so a page that gains a
// client component of ours, or of any library, keeps React and the runtime
// without anyone editing this file. Anything not understood (an unknown
// module, a script that is neither Next's nor inline, a payload that does not
// parse) leaves the page untouched: the budget test then reports the scripts.
//
// A page that marks an island (components/islands/islands.ts) and whose only
// client components are those the island covers gets the same treatment, then
// loads the island's own bundle (scripts/build-islands.ts) in place of Next's
// runtime (docs/adr/0008-islands.md).
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = new URL('../', import.meta.url).pathname;

/**
 * Client components whose prerendered HTML is final: no state, effect or
 * handler, so hydrating them changes nothing. The switcher is a client
 * component only to read the path while prerendering; its behaviour is an
 * inline script (lib/i18n/switch-script.ts).
 */
const HYDRATION_FREE = ['components/LanguageSwitcher.tsx'];

/** The client provider an island replaces with use-intl's own (components/islands/hydrate.tsx). */
const ISLAND_PROVIDER = /^node_modules\/next-intl\/dist\/esm\/production\/shared\/NextIntlClientProvider\.js$/;

/** Client modules that are Next's own plumbing, rendered on every page. */
const FRAMEWORK = /^node_modules\/next\/dist\//;

const FLIGHT = /^\s*\(?self\.__next_f(?:=self\.__next_f\|\|\[\])?\)?\.push\(([\s\S]*)\)\s*;?\s*$/;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NEXT_CHUNK = /^\/_next\/static\/chunks\//;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* walk(abs);
    else yield abs;
  }
}

/**
 * module id -> source paths (relative to the repo), from every client reference manifest of the build.
 * @public tests/e2e/budgets.spec.ts imports it from a script it runs with node.
 */
export function clientModuleIds(distDir = join(ROOT, '.next')) {
  const ids = new Map();
  const app = join(distDir, 'server', 'app');
  if (!existsSync(app)) return ids;
  for (const file of walk(app)) {
    if (!file.endsWith('_client-reference-manifest.js')) continue;
    const sandbox = { __RSC_MANIFEST: {} };
    new Function('globalThis', 'self', readFileSync(file, 'utf8'))(sandbox, sandbox);
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST)) {
      for (const [key, entry] of Object.entries(manifest.clientModules ?? {})) {
        const path = relative(ROOT, key.split('#')[0]).split(sep).join('/');
        const id = String(entry.id);
        if (!ids.has(id)) ids.set(id, new Set());
        ids.get(id).add(path);
      }
    }
  }
  return ids;
}

/** The RSC payload inlined in a page, or null if a flight script does not parse. */
function flightData(html) {
  let data = '';
  for (const [, , body] of html.matchAll(SCRIPT)) {
    const m = body.match(FLIGHT);
    if (!m) continue;
    try {
      const chunk = JSON.parse(m[1]);
      if (chunk[0] === 1 && typeof chunk[1] === 'string') data += chunk[1];
    } catch {
      return null;
    }
  }
  return data;
}

/**
 * Why a page needs its scripts, or [] if it needs none. `ids` maps client
 * module ids to source paths (clientModuleIds()).
 * @public tests/e2e/budgets.spec.ts imports it from a script it runs with node.
 */
export function hydrationNeeds(html, ids) {
  const data = flightData(html);
  if (data === null) return ['unparsable RSC payload'];
  const needs = [];
  for (const m of data.matchAll(/(?:^|\n)[0-9a-f]+:I(\[[^\n]*\])/g)) {
    let id;
    try {
      id = String(JSON.parse(m[1])[0]);
    } catch {
      needs.push(`unparsable client reference ${m[1].slice(0, 60)}`);
      continue;
    }
    const paths = ids.get(id);
    if (!paths) needs.push(`unknown client module ${id}`);
    else for (const path of paths) if (!FRAMEWORK.test(path) && !HYDRATION_FREE.includes(path)) needs.push(path);
  }
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    const src = attrs.match(/\bsrc="([^"]*)"/)?.[1];
    if (src !== undefined && !NEXT_CHUNK.test(src)) needs.push(`foreign script ${src}`);
    if (src === undefined && !body.trim()) needs.push('empty inline script');
  }
  return [...new Set(needs)];
}

/** The page without Next's scripts, their preloads and the RSC payload; its own inline scripts stay. */
function stripRuntime(html) {
  return html
    .replace(SCRIPT, (tag, attrs, body) => {
      if (/\bsrc="/.test(attrs)) return '';
      return FLIGHT.test(body) ? '' : tag;
    })
    .replace(/<link\b[^>]*>/gi, (tag) =>
      /\brel="modulepreload"/i.test(tag) || (/\brel="preload"/i.test(tag) && /\bas="script"/i.test(tag)) ? '' : tag,
    );
}

/**
 * The islands built by scripts/build-islands.ts: name -> { covers, files: locale -> { script, preload } }.
 * @public tests/e2e/budgets.spec.ts imports it from a script it runs with node.
 */
export function islandManifest(distDir = join(ROOT, '.next')) {
  const file = join(distDir, 'islands.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/**
 * The island a page can load instead of Next's runtime, or a reason it cannot:
 * the page marks exactly one island, the island was built for the page's
 * language, and every client component the page needs is one it covers.
 * @public tests/e2e/budgets.spec.ts imports it from a script it runs with node.
 */
export function islandFor(html, needs, islands) {
  const names = [...html.matchAll(/\bdata-island="([^"]*)"/g)].map((m) => m[1]);
  if (names.length !== 1) return { reason: names.length ? `${names.length} islands` : 'no island' };
  const [name] = names;
  const island = islands[name];
  const locale = html.match(/<html\b[^>]*\blang="([^"]+)"/i)?.[1];
  const files = island && locale ? island.files[locale] : undefined;
  if (!files) return { reason: `island ${name} not built for ${locale}` };
  const foreign = needs.filter((need) => !ISLAND_PROVIDER.test(need) && !island.covers.includes(need));
  if (foreign.length) return { reason: `not covered by island ${name}: ${foreign.join(', ')}` };
  return { name, files };
}

/**
 * At the end of the body, like Next's own scripts: a module script never blocks
 * parsing, but in the head its download competes with the style sheets for the
 * first paint. The preloads save a round trip to the entry's static imports.
 */
function islandTags({ script, preload }) {
  return (
    preload.map((href) => `<link rel="modulepreload" href="${href}"/>`).join('') +
    `<script type="module" src="${script}"></script>`
  );
}

/** Strips every page of `outDir` that needs no hydration; returns what it did, page by page. */
export function stripStaticPages(outDir, ids = clientModuleIds(), islands = islandManifest()) {
  const report = { stripped: [], islands: [], kept: [] };
  if (ids.size === 0) {
    console.warn('strip-static: no client reference manifest found, every page keeps its scripts');
    return report;
  }
  for (const file of walk(outDir)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const page = '/' + relative(outDir, file).split(sep).join('/');
    const needs = hydrationNeeds(html, ids);
    const marked = /\bdata-island="/.test(html);
    const island = needs.length ? islandFor(html, needs, islands) : null;
    if (island?.name && /<\/body>/i.test(html)) {
      writeFileSync(
        file,
        stripRuntime(html).replace(/<\/body>/i, (end) => `${islandTags(island.files)}${end}`),
      );
      report.islands.push({ page, island: island.name });
      continue;
    }
    // A page that marks an island but names no client component is not what the island was built for.
    if (marked && !needs.length) needs.push('an island mark without the client component it covers');
    if (island?.name) needs.push('no </body> to put the island script before');
    if (needs.length) {
      report.kept.push({ page, needs: island?.reason ? [...needs, island.reason] : needs });
      continue;
    }
    writeFileSync(file, stripRuntime(html));
    report.stripped.push(page);
  }
  return report;
}
