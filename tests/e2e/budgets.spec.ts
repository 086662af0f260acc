import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// Deterministic budgets on the built files: the same measurement as `npm run bench`
// (scripts/page-weight.mjs), run as a command because it is an ES module.
type Page = {
  path: string;
  kind: 'content' | 'form';
  scripts: number;
  jsGzip: number;
  inlineRaw: number;
  htmlGzip: number;
  over: string[];
};
type Report = {
  budgets: { contentExternalScripts: number; contentInlineKb: number; formJsKb: number; htmlKb: number };
  pages: Page[];
};

let measured: Report | undefined;
const report = (): Report =>
  (measured ??= JSON.parse(execFileSync('node', ['scripts/page-weight.mjs'], { encoding: 'utf8' })) as Report);

test('every built page stays within its JavaScript and HTML budget', () => {
  const { budgets, pages } = report();
  expect(budgets).toEqual({ contentExternalScripts: 0, contentInlineKb: 2, formJsKb: 160, htmlKb: 25 });
  // Both languages of every content route, the root chooser, the 404 and the two interactive pages.
  const paths = pages.map((p) => p.path);
  for (const path of ['/', '/404.html', '/en/', '/fr/', '/en/about/', '/fr/glossary/', '/fr/incidents/', '/fr/incidents/2021-08-cyberattack/'])
    expect(paths, path).toContain(path);
  expect(pages.filter((p) => p.kind === 'form').map((p) => p.path)).toEqual(['/en/check/', '/en/results/', '/fr/check/', '/fr/results/']);
  expect(pages.length).toBeGreaterThanOrEqual(30);
  expect(pages.filter((p) => p.over.length).map((p) => `${p.path}: ${p.over.join(', ')}`)).toEqual([]);
});

test('content pages run only their own small inline scripts; interactive pages still load the app', () => {
  const { pages } = report();
  for (const page of pages) {
    if (page.kind === 'content') {
      expect(page.scripts, `${page.path} loads external scripts`).toBe(0);
      // The root chooser and every localized page carry one small script; the 404 none.
      expect(page.inlineRaw, `${page.path} inline script bytes`).toBeLessThanOrEqual(2000);
    } else {
      expect(page.scripts, `${page.path} loads no scripts`).toBeGreaterThan(0);
    }
  }
});

test('a content page has exactly the scripts it needs, and its CSP allows only those', async ({ request }) => {
  for (const [path, inlineScripts] of [
    ['/en/about/', 1],
    ['/fr/incidents/2021-08-cyberattack/', 1],
    ['/', 1],
    ['/404.html', 1],
  ] as const) {
    const response = await request.get(path);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.filter((m) => /\bsrc=/.test(m[1]!)), path).toEqual([]);
    expect(scripts.length, path).toBe(inlineScripts);
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toMatch(/<link[^>]+as="script"/);
    // The header policy (and the <meta> one, where the page carries it) lists one hash per inline script left.
    const policies = [
      response.headers()['content-security-policy'] ?? '',
      ...[...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)].map((m) => m[1]!),
    ];
    for (const csp of policies) {
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc, `${path} has a script-src`).not.toBe('');
      expect(scriptSrc.match(/'sha256-/g)?.length ?? 0, `${path} script-src hashes`).toBe(inlineScripts);
    }
  }
});

test('the strip step keeps the runtime of a page that renders a client component, and of anything it cannot read', () => {
  // Runs scripts/strip-static.mjs on real payloads of this build: a content
  // page's RSC payload (out/en/about/index.txt, what Next inlined in its HTML),
  // the same payload with the switcher's client reference swapped for the
  // questionnaire's, and one with a module id no manifest knows.
  const script = `
    import { readFileSync } from 'node:fs';
    import { clientModuleIds, hydrationNeeds } from './scripts/strip-static.mjs';
    const ids = clientModuleIds();
    const idOf = (path) => [...ids].find(([, paths]) => paths.has(path))[0];
    const inline = (payload) => '<script>self.__next_f.push(' + JSON.stringify([1, payload]) + ')</script>';
    const about = readFileSync('out/en/about/index.txt', 'utf8');
    const switcher = ':I[' + idOf('components/LanguageSwitcher.tsx') + ',';
    const swap = (id) => about.replace(switcher, ':I[' + id + ',');
    console.log(JSON.stringify({
      hasSwitcher: about.includes(switcher),
      about: hydrationNeeds(inline(about), ids),
      withCheckFlow: hydrationNeeds(inline(swap(idOf('components/check/CheckFlow.tsx'))), ids),
      unknown: hydrationNeeds(inline(swap('999999')), ids),
      checkPage: hydrationNeeds(inline(readFileSync('out/en/check/index.txt', 'utf8')), ids),
      foreign: hydrationNeeds(inline(about) + '<script src="https://example.org/x.js"></script>', ids),
    }));`;
  const result = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
  expect(result.hasSwitcher).toBe(true);
  expect(result.about).toEqual([]);
  expect(result.withCheckFlow).toEqual(['components/check/CheckFlow.tsx']);
  expect(result.unknown).toEqual(['unknown client module 999999']);
  expect(result.checkPage).toContain('components/check/CheckFlow.tsx');
  expect(result.foreign).toEqual(['foreign script https://example.org/x.js']);
});

test('the questionnaire and the results page load their island instead of Next’s runtime, and their CSP allows only their own inline script', async ({ request }) => {
  for (const [locale, island] of [
    ['en', 'check'],
    ['fr', 'check'],
    ['en', 'results'],
    ['fr', 'results'],
  ] as const) {
    const path = `/${locale}/${island}/`;
    const response = await request.get(path);
    const html = await response.text();
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
    // One module entry, built for this language, and nothing of Next's runtime or payload.
    expect(sources, path).toHaveLength(1);
    expect(sources[0], path).toMatch(new RegExp(`^/_next/static/islands/${locale}/${island}-[A-Z0-9]+\\.js$`));
    expect(html, path).toMatch(/<script type="module" src="/);
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toContain('/_next/static/chunks/');
    expect(html, path).toContain(`data-island="${island}"`);
    for (const file of [sources[0]!, ...[...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!)]) {
      const js = await request.get(file);
      expect(js.status(), file).toBe(200);
      expect(js.headers()['cache-control'], file).toContain('immutable');
    }
    const csp = response.headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.match(/'sha256-/g)?.length ?? 0, `${path} script-src hashes`).toBe(1);
  }
});

test('a page gets an island only when the island covers every client component it renders', () => {
  // Runs scripts/strip-static.mjs's choice on the real results page of this
  // build as Next wrote it (its RSC payload, out/en/results/index.txt), and on
  // the same payload with a client component the island does not cover.
  const script = `
    import { readFileSync } from 'node:fs';
    import { clientModuleIds, hydrationNeeds, islandFor, islandManifest } from './scripts/strip-static.mjs';
    const ids = clientModuleIds();
    const islands = islandManifest();
    const idOf = (path) => [...ids].find(([, paths]) => paths.has(path))[0];
    const payload = readFileSync('out/en/results/index.txt', 'utf8');
    const page = (p, lang = 'en', mark = '<div data-island="results" class="island"></div>') =>
      '<html lang="' + lang + '"><body>' + mark + '<script>self.__next_f.push(' + JSON.stringify([1, p]) + ')</script></body></html>';
    const app = ':I[' + idOf('components/results/ResultsApp.tsx') + ',';
    const withCheckFlow = payload.replace(app, ':I[' + idOf('components/check/CheckFlow.tsx') + ',');
    const choose = (html) => { const r = islandFor(html, hydrationNeeds(html, ids), islands); return r.name ?? r.reason; };
    console.log(JSON.stringify({
      hasApp: payload.includes(app),
      results: choose(page(payload)),
      french: choose(page(payload, 'fr')),
      otherLanguage: choose(page(payload, 'de')),
      uncovered: choose(page(withCheckFlow)),
      unmarked: choose(page(payload, 'en', '')),
      unknownIsland: choose(page(payload, 'en', '<div data-island="nope"></div>')),
    }));`;
  const result = JSON.parse(execFileSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' })) as Record<
    string,
    unknown
  >;
  expect(result.hasApp).toBe(true);
  expect(result.results).toBe('results');
  expect(result.french).toBe('results');
  expect(result.otherLanguage).toBe('island results not built for de');
  expect(result.uncovered).toBe('not covered by island results: components/check/CheckFlow.tsx');
  expect(result.unmarked).toBe('no island');
  expect(result.unknownIsland).toBe('island nope not built for en');
});
