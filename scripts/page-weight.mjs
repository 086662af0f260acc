// What a page costs a phone: the JavaScript a modern browser loads (every
// <script src>, noModule polyfills left out) and the HTML, raw and compressed.
// Reads the built files in out/, so the figures are deterministic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const OUT = new URL('../out/', import.meta.url).pathname;

/** Budgets (KB = 1000 bytes, gzip level 9). Enforced by tests/e2e/budgets.spec.ts. */
export const BUDGETS = {
  contentJsKb: 150,
  formJsKb: 175,
  htmlKb: 25,
};

/** The pages measured, with the JS budget that applies to each. */
export const MEASURED_PAGES = [
  { path: '/', kind: 'content' },
  { path: '/en/', kind: 'content' },
  { path: '/fr/', kind: 'content' },
  { path: '/en/about/', kind: 'content' },
  { path: '/en/incidents/', kind: 'content' },
  { path: '/en/incidents/2021-08-cyberattack/', kind: 'content' },
  { path: '/fr/incidents/2021-08-cyberattack/', kind: 'content' },
  { path: '/en/glossary/', kind: 'content' },
  { path: '/en/check/', kind: 'form' },
  { path: '/fr/check/', kind: 'form' },
  { path: '/en/results/', kind: 'form' },
  { path: '/fr/results/', kind: 'form' },
];

export function htmlFileFor(path) {
  return join(OUT, path.replace(/^\//, ''), path.endsWith('/') ? 'index.html' : '');
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function pageWeight(path) {
  const html = readFileSync(htmlFileFor(path));
  const text = html.toString('utf8');
  const scripts = [...text.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => attrs.match(/\bsrc="([^"]+)"/)?.[1])
    .filter((src) => typeof src === 'string' && src.startsWith('/'));
  const unique = [...new Set(scripts)];
  let jsRaw = 0;
  let jsGzip = 0;
  let jsBrotli = 0;
  for (const src of unique) {
    const bytes = readFileSync(join(OUT, decodeURIComponent(src.split('?')[0])));
    jsRaw += bytes.length;
    jsGzip += gz(bytes);
    jsBrotli += br(bytes);
  }
  return {
    path,
    scripts: unique.length,
    jsRaw,
    jsGzip,
    jsBrotli,
    htmlRaw: html.length,
    htmlGzip: gz(html),
  };
}

export function budgetFor(kind) {
  return kind === 'form' ? BUDGETS.formJsKb : BUDGETS.contentJsKb;
}

// `node scripts/page-weight.mjs`: the weights of every measured page as JSON
// (used by tests/e2e/budgets.spec.ts, which cannot import this ES module).
if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = MEASURED_PAGES.map(({ path, kind }) => ({ ...pageWeight(path), kind, jsBudgetKb: budgetFor(kind) }));
  process.stdout.write(JSON.stringify({ budgets: BUDGETS, pages }));
}
