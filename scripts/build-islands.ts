// After `next build`, before scripts/postbuild.mjs: bundles each island of
// components/islands/islands.ts once per locale with esbuild, into
// out/_next/static/islands/<locale>/ (beside Next's own hashed files, so every
// server and deploy config gives them the same immutable caching), and records in .next/islands.json which files a
// page loads. Each bundle carries its locale's messages, trimmed at build
// time, so the browser downloads only the strings its island reads.
import { build, type Metafile, type Plugin } from 'esbuild';
import compile from 'icu-minify/compile';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Messages } from 'next-intl';
import { ISLANDS, type IslandName } from '../components/islands/islands';
import { pickMessages } from '../lib/i18n/pick';
import { routing, type Locale } from '../lib/i18n/routing';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'out');
const ISLANDS_DIR = join('_next', 'static', 'islands');

/** What postbuild reads: per island, the components it covers and, per locale, its script and the chunks to preload. */
export type IslandManifest = Record<
  IslandName,
  { covers: readonly string[]; files: Record<Locale, { script: string; preload: string[] }> }
>;

/** Every message of a tree compiled ahead of time, as next-intl's own `precompile` option does for its catalogs. */
function compileTree(tree: unknown): unknown {
  if (typeof tree === 'string') return compile(tree);
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, compileTree(value)]));
}

/**
 * The island's messages, trimmed to what it reads and compiled: the browser
 * neither downloads the ICU parser (intl-messageformat) nor parses a message
 * while the results are drawn; use-intl formats the compiled form with its
 * small format-only runtime (the next plugin swaps it in).
 */
function messagesPlugin(locale: Locale): Plugin {
  const all = JSON.parse(readFileSync(join(ROOT, 'messages', `${locale}.json`), 'utf8')) as Messages;
  const islandOf = (importer: string) =>
    (Object.keys(ISLANDS) as IslandName[]).find((name) => join(ROOT, ISLANDS[name].entry) === importer);
  return {
    name: 'island-messages',
    setup(b) {
      // Each entry gets its own island's messages; any other importer is a mistake.
      b.onResolve({ filter: /^island:messages$/ }, ({ importer }) => {
        const name = islandOf(importer);
        if (!name) return { errors: [{ text: `only an island's entry may import island:messages (${importer})` }] };
        return { path: name, namespace: 'island-messages' };
      });
      b.onLoad({ filter: /.*/, namespace: 'island-messages' }, ({ path }) => {
        const compiled = JSON.stringify(compileTree(pickMessages(all, ISLANDS[path as IslandName].messages)));
        // JSON.parse of a string is faster for engines than the same object as a literal.
        return { contents: `export default JSON.parse(${JSON.stringify(compiled)});`, loader: 'js' };
      });
      b.onResolve({ filter: /^use-intl\/format-message$/ }, ({ kind, resolveDir }) =>
        b.resolve('use-intl/format-message/format-only', { kind, resolveDir }),
      );
    },
  };
}

/**
 * The components read next-intl's hooks, which outside Next are use-intl's own
 * (next-intl re-exports them, after a fallback that reads Next's router).
 * Only the bare specifier: next-intl/routing has no use-intl twin.
 */
const useIntlPlugin: Plugin = {
  name: 'next-intl-to-use-intl',
  setup(b) {
    b.onResolve({ filter: /^next-intl$/ }, ({ kind, resolveDir }) => b.resolve('use-intl', { kind, resolveDir }));
  },
};

/** Without Next's router, its hooks read the address bar itself (components/islands/navigation.ts). */
const navigationPlugin: Plugin = {
  name: 'next-navigation-without-router',
  setup(b) {
    b.onResolve({ filter: /^next\/navigation$/ }, () => ({
      path: join(ROOT, 'components', 'islands', 'navigation.ts'),
    }));
  },
};

/** The output file esbuild wrote for an entry. */
function outputOf(metafile: Metafile, entry: string): string {
  const [output] = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entry) ?? [];
  if (!output) throw new Error(`esbuild produced no output for ${entry}`);
  return output;
}

/**
 * An output file and every chunk it imports statically, and theirs (what the
 * browser fetches before the file runs); with `withLazy`, also those it
 * imports with import().
 */
function importedChunks(metafile: Metafile, file: string, withLazy: boolean): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const i of metafile.outputs[path]?.imports ?? [])
      if (i.kind === 'import-statement' || (withLazy && i.kind === 'dynamic-import')) visit(i.path);
  };
  visit(file);
  return seen;
}

/**
 * The site path of an entry's output file, and the chunks to preload: those it
 * imports statically, and with `withLazy` also those it imports with import()
 * and theirs, for an island that asks for them as soon as it starts.
 */
function filesOf(metafile: Metafile, entry: string, withLazy: boolean) {
  const site = (file: string) => '/' + relative(OUT, join(ROOT, file)).split('\\').join('/');
  const output = outputOf(metafile, entry);
  const preload = [...importedChunks(metafile, output, withLazy)].filter((file) => file !== output);
  return { script: site(output), preload: preload.map(site) };
}

/**
 * Styles reach the page through Next's CSS, which holds what every page's
 * modules import; the bundles drop them (the 'empty' loader). A style sheet
 * imported only by a lazily loaded module would be in neither, so the build
 * stops instead of shipping a page without it.
 */
function assertNoLazyStyles(metafile: Metafile, entries: readonly string[]) {
  // From the entries' outputs only: esbuild also names the module behind each import() chunk as its entryPoint.
  const eager = entries.flatMap((entry) => [...importedChunks(metafile, outputOf(metafile, entry), false)]);
  // Modules whose code runs from the entries' static graph.
  const eagerModules = new Set(eager.flatMap((file) => Object.keys(metafile.outputs[file]?.inputs ?? {})));
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    for (const style of imports.filter((i) => i.path.endsWith('.css')))
      if (!eagerModules.has(input))
        throw new Error(
          `${style.path} is imported only by a lazily loaded module (${input}): import it from the island's static imports`,
        );
  }
}

async function main() {
  rmSync(join(OUT, ISLANDS_DIR), { recursive: true, force: true });
  const names = Object.keys(ISLANDS) as IslandName[];
  const manifest = {} as IslandManifest;
  for (const name of names)
    manifest[name] = { covers: ISLANDS[name].covers, files: {} as IslandManifest[IslandName]['files'] };
  // One build per locale for every island, so what they share (React above
  // all) is one chunk the browser keeps from the questionnaire to the results.
  for (const locale of routing.locales) {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: Object.fromEntries(names.map((name) => [name, ISLANDS[name].entry])),
      outdir: join(OUT, ISLANDS_DIR, locale),
      entryNames: '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      // V8's explicit compile hint: most of an island's code runs while its
      // page starts, so V8 compiles each file whole on a background thread as
      // it streams in, instead of function by function on the main thread
      // the first time each is called (for React DOM, one long task). The
      // questionnaire's checks, loaded later, pay only background time.
      banner: { js: '//# allFunctionsCalledOnLoad' },
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      // Styles are in the page already: Next bundled them into its CSS.
      loader: { '.css': 'empty' },
      plugins: [messagesPlugin(locale), useIntlPlugin, navigationPlugin],
      metafile: true,
      logLevel: 'warning',
    });
    assertNoLazyStyles(
      result.metafile,
      names.map((name) => ISLANDS[name].entry),
    );
    for (const name of names) {
      const island: { entry: string; preloadLazy?: boolean } = ISLANDS[name];
      manifest[name].files[locale] = filesOf(result.metafile, island.entry, island.preloadLazy === true);
    }
  }
  mkdirSync(join(ROOT, '.next'), { recursive: true });
  writeFileSync(join(ROOT, '.next', 'islands.json'), JSON.stringify(manifest, null, 2));
  console.log(`build-islands: ${names.join(', ')} for ${routing.locales.join(', ')}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
