// What a page costs a phone: the JavaScript a modern browser loads (every
// <script src> and module preload, noModule polyfills left out), the inline scripts it runs, and
// the HTML, raw and compressed. Reads the built files in out/, so the figures
// are deterministic.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const OUT = new URL('../out/', import.meta.url).pathname;

/** Budgets (KB = 1000 bytes, gzip level 9). Enforced by tests/e2e/budgets.spec.ts. */
export const BUDGETS = {
  /** content pages: no external script at all */
  contentExternalScripts: 0,
  /** content pages: inline script, raw bytes (the language switcher, the root redirect) */
  contentInlineKb: 2,
  /**
   * the questionnaire and the results page: external JS the HTML loads (preloads included), gzip.
   * Measured 2026-11-29, both as islands without Next's runtime: questionnaire 99.8 (plus the checks it
   * imports on demand), results 111.1 (the island 84.8 and the engine chunk it preloads); React DOM is 66.1.
   */
  formJsKb: 160,
  htmlKb: 25,
};

/** The two interactive pages; every other page is a content page. */
const FORM_PAGE = /^\/(?:en|fr)\/(?:check|results)\/$/;

/** Every built page, by request path ("/en/about/", "/404.html"), with its kind. */
function measuredPages() {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.html')) {
        const rel = '/' + relative(OUT, abs).split(sep).join('/');
        const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ path, kind: FORM_PAGE.test(path) ? 'form' : 'content' });
      }
    }
  };
  if (existsSync(OUT)) walk(OUT);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

function htmlFileFor(path) {
  return join(OUT, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function pageWeight(path) {
  const html = readFileSync(htmlFileFor(path));
  const text = html.toString('utf8');
  const tags = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({
    attrs: m[1] ?? '',
    body: m[2] ?? '',
  }));
  const external = tags
    .filter(({ attrs }) => /\bsrc=/i.test(attrs) && !/\bnoModule\b/i.test(attrs))
    .map(({ attrs }) => attrs.match(/\bsrc="([^"]+)"/)?.[1])
    .filter((src) => typeof src === 'string' && src.startsWith('/'));
  // An island's entry is a module whose static imports are preloaded: they are
  // downloaded and run before it, so they are the page's JavaScript too.
  for (const m of text.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi)) {
    const href = m[0].match(/\bhref="([^"]+)"/)?.[1];
    if (href?.startsWith('/')) external.push(href);
  }
  const inline = tags.filter(({ attrs, body }) => !/\bsrc=/i.test(attrs) && body.length > 0);
  const unique = [...new Set(external)];
  let jsRaw = 0;
  let jsGzip = 0;
  let jsBrotli = 0;
  for (const src of unique) {
    const bytes = readFileSync(join(OUT, decodeURIComponent(src.split('?')[0])));
    jsRaw += bytes.length;
    jsGzip += gz(bytes);
    jsBrotli += br(bytes);
  }
  const inlineText = inline.map(({ body }) => body).join('');
  return {
    path,
    scripts: unique.length,
    jsRaw,
    jsGzip,
    jsBrotli,
    inlineScripts: inline.length,
    inlineRaw: Buffer.byteLength(inlineText),
    inlineGzip: inlineText ? gz(Buffer.from(inlineText)) : 0,
    htmlRaw: html.length,
    htmlGzip: gz(html),
  };
}

/** What is over budget on a measured page, in words ([] when within budget). */
function overBudget(weight, kind) {
  const over = [];
  const kb = (bytes) => (bytes / 1000).toFixed(1);
  if (kind === 'form') {
    if (weight.jsGzip / 1000 > BUDGETS.formJsKb) over.push(`JS ${kb(weight.jsGzip)} KB gz > ${BUDGETS.formJsKb} KB`);
  } else {
    if (weight.scripts > BUDGETS.contentExternalScripts)
      over.push(`${weight.scripts} external scripts > ${BUDGETS.contentExternalScripts}`);
    if (weight.inlineRaw / 1000 > BUDGETS.contentInlineKb)
      over.push(`inline script ${kb(weight.inlineRaw)} KB > ${BUDGETS.contentInlineKb} KB`);
  }
  if (weight.htmlGzip / 1000 > BUDGETS.htmlKb) over.push(`HTML ${kb(weight.htmlGzip)} KB gz > ${BUDGETS.htmlKb} KB`);
  return over;
}

/** Every built page with its weight, kind and what is over budget. */
export function weightReport() {
  return measuredPages().map(({ path, kind }) => {
    const weight = pageWeight(path);
    const over = overBudget(weight, kind);
    return { ...weight, kind, over, ok: over.length === 0 };
  });
}

/** The weight section of reports/bench.md. */
export function weightMarkdown(rows) {
  const kb = (bytes) => (Math.round(bytes / 100) / 10).toFixed(1);
  return [
    '## Weight (KB = 1000 bytes, gzip level 9)',
    '',
    `External JS is every \`<script src>\` a modern browser loads (noModule left out); inline is the text of the page's own \`<script>\` blocks. Budgets: content pages ${BUDGETS.contentExternalScripts} external scripts and ≤ ${BUDGETS.contentInlineKb} KB inline; questionnaire and results ≤ ${BUDGETS.formJsKb} KB gz external JS; every page ≤ ${BUDGETS.htmlKb} KB gz HTML.`,
    '',
    '| page | kind | external scripts | external JS raw | external JS gzip | external JS brotli | inline scripts | inline raw | inline gzip | HTML gzip | within budget |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (w) =>
        `| \`${w.path}\` | ${w.kind} | ${w.scripts} | ${kb(w.jsRaw)} | ${kb(w.jsGzip)} | ${kb(w.jsBrotli)} | ${w.inlineScripts} | ${kb(w.inlineRaw)} | ${kb(w.inlineGzip)} | ${kb(w.htmlGzip)} | ${w.ok ? 'yes' : `**no**: ${w.over.join(', ')}`} |`,
    ),
  ];
}

// `node scripts/page-weight.mjs`: the weights of every built page as JSON
// (used by tests/e2e/budgets.spec.ts, which cannot import this ES module).
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify({ budgets: BUDGETS, pages: weightReport() }));
}
