import { expect, test, type APIResponse } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cspViolations, trapCspViolations, watchPage } from './helpers';

/**
 * What any server of out/ must do, checked over HTTP: `npm start`'s server
 * (the default run) and nginx with the generated deploy/nginx config
 * (playwright.nginx.config.ts) run this same file.
 */
const OUT = join(__dirname, '..', '..', 'out');
const HEADERS = JSON.parse(readFileSync(join(__dirname, '..', '..', 'headers.json'), 'utf8')) as {
  all: Record<string, string>;
  cache: Record<string, string>;
};
const CSP: Record<string, string> = JSON.parse(readFileSync(join(OUT, 'csp.json'), 'utf8'));
const PAGES = Object.keys(CSP).filter((p) => p.endsWith('/') && p !== '/404/' && p !== '/_not-found/');
const CHUNK =
  '/_next/static/chunks/' + readdirSync(join(OUT, '_next', 'static', 'chunks')).find((f) => f.endsWith('.js'));

/** The common header set of headers.json, and a CSP that allows nothing by default and no inline code. */
function expectFullHeaderSet(response: APIResponse) {
  const h = response.headers();
  for (const [name, value] of Object.entries(HEADERS.all))
    expect(h[name.toLowerCase()], `${name} on ${response.status()} ${response.url()}`).toBe(value);
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("require-trusted-types-for 'script'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(h['set-cookie']).toBeUndefined();
}

test('the build lists every page with its own policy', () => {
  expect(PAGES.length).toBeGreaterThan(20);
  expect(PAGES).toContain('/en/results/');
  for (const path of PAGES) expect(CSP[path]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
});

test('every page answers 200 with the full header set and its own hashed CSP', async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectFullHeaderSet(response);
    expect(response.headers()['content-security-policy'], path).toBe(CSP[path]);
    expect(response.headers()['cache-control']).toBe(HEADERS.cache.html);
    expect(response.headers()['content-type']).toMatch(/^text\/html/);
  }
});

test('a folder without its slash is redirected to the page, headers included', async ({ request }) => {
  const response = await request.get('/en/about?from=test', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/en/about/?from=test');
  expectFullHeaderSet(response);
});

test('304 answers keep the header set, Cache-Control and Vary', async ({ request }) => {
  for (const path of ['/en/', CHUNK]) {
    const first = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    const etag = first.headers()['etag'] ?? '';
    expect(etag).toBeTruthy();
    const again = await request.get(path, { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } });
    expect(again.status(), path).toBe(304);
    expectFullHeaderSet(again);
    expect(again.headers()['cache-control']).toBe(first.headers()['cache-control']);
    expect(again.headers()['vary']).toMatch(/Accept-Encoding/i);
    expect(again.headers()['etag']).toBe(etag);
  }
});

test('hashed assets are immutable; other files revalidate', async ({ request }) => {
  const chunk = await request.get(CHUNK);
  expect(chunk.status()).toBe(200);
  expect(chunk.headers()['cache-control']).toBe(HEADERS.cache.immutable);
  expect(chunk.headers()['content-type']).toMatch(/javascript/);
  expectFullHeaderSet(chunk);
  const payload = await request.get('/en/about/index.txt');
  expect(payload.status()).toBe(200);
  expect(payload.headers()['cache-control']).toBe(HEADERS.cache.other);
  expectFullHeaderSet(payload);
});

test('paths that are not pages answer the bilingual 404 with the full header set', async ({ request }) => {
  const notPages = [
    '/en/nope/',
    '/de/',
    '/en/results/index',
    '/en/check/index',
    '/en/index.html',
    '/en/results/index.html',
    '/en/index.html.gz',
    '/en/index.html.br',
    CHUNK + '.gz',
    '/404.html',
    '/404/',
    '/_not-found/',
    '/csp.json',
    '/_headers',
    '/en/%2e%2e/about/',
  ];
  for (const path of notPages) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(404);
    expectFullHeaderSet(response);
    const body = await response.text();
    expect(body, path).toContain('Page not found');
    expect(body, path).toContain('Page introuvable');
  }
});

test('methods other than GET and HEAD get 405 with the full header set', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const response = await request.fetch('/en/', { method, data: method === 'OPTIONS' ? undefined : 'x=1' });
    expect(response.status(), method).toBe(405);
    expectFullHeaderSet(response);
  }
  const head = await request.head('/en/');
  expect(head.status()).toBe(200);
  expectFullHeaderSet(head);
});

test('ranges are ignored: any Range header gets the whole file', async ({ request }) => {
  const whole = await (await request.get('/en/', { headers: { 'Accept-Encoding': 'identity' } })).body();
  for (const range of [
    'bytes=2-1',
    'bytes=-5',
    'bytes=0-0',
    'bytes=0-18446744073709551615',
    'bytes=99999999-',
    'bytes=0-1,3-4',
    'pages=1',
    'bytes=',
  ]) {
    const response = await request.get('/en/', { headers: { Range: range, 'Accept-Encoding': 'identity' } });
    expect(response.status(), range).toBe(200);
    expectFullHeaderSet(response);
    expect((await response.body()).equals(whole), range).toBe(true);
  }
});

test('compression follows Accept-Encoding, q=0 included', async ({ request }) => {
  const encodingFor = async (accept: string) =>
    (await request.get('/en/', { headers: { 'Accept-Encoding': accept } })).headers()['content-encoding'] ?? 'identity';
  expect(await encodingFor('gzip, deflate, br')).toMatch(/^(br|gzip)$/);
  expect(await encodingFor('gzip')).toBe('gzip');
  expect(await encodingFor('identity')).toBe('identity');
  expect(await encodingFor('gzip;q=0')).not.toBe('gzip');
  expect(await encodingFor('br;q=0, gzip;q=0')).toBe('identity');
  expect(await encodingFor('GZIP;q=0, br;q=0')).toBe('identity');
  // Whatever the encoding, the bytes decode to the same page.
  const plain = await (await request.get('/en/', { headers: { 'Accept-Encoding': 'identity' } })).text();
  const packed = await (await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip, br' } })).text();
  expect(packed).toBe(plain);
});

test('the results page renders under the served CSP, with no violation', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await trapCspViolations(page);
  await page.goto('/en/results/#v1;postpaid.2015-01.present');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
  await page.goto('/fr/results/#v1;applicant.2014-05.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos résultats');
  expect(await cspViolations(page)).toEqual([]);
  watch.assertClean(baseURL!);
});

test('out/_headers gives every path the common set once and every page exactly one CSP, its own', () => {
  // Netlify and Cloudflare Pages apply every matching rule (`*` matches any characters) and join repeated names with a comma.
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const block of readFileSync(join(OUT, '_headers'), 'utf8').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
    if (!lines.length) continue;
    const [path, ...headerLines] = lines;
    const pattern = new RegExp('^' + path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
    rules.push({
      pattern,
      headers: headerLines.map((l) => {
        const i = l.indexOf(':');
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
    });
  }
  const headersFor = (path: string) => {
    const found: Record<string, string[]> = {};
    for (const rule of rules.filter((r) => r.pattern.test(path)))
      for (const [name, value] of rule.headers) (found[name] ??= []).push(value);
    return found;
  };
  for (const path of [...PAGES, CHUNK, '/en/about/index.txt', '/icon.svg']) {
    const found = headersFor(path);
    for (const [name, value] of Object.entries(HEADERS.all))
      expect(found[name], `${name} for ${path}`).toEqual([value]);
    for (const values of Object.values(found)) expect(values.length, path).toBe(1);
  }
  for (const path of PAGES) {
    expect(headersFor(path)['Content-Security-Policy']).toEqual([CSP[path]]);
    expect(headersFor(path)['Cache-Control']).toEqual([HEADERS.cache.html]);
  }
  expect(headersFor(CHUNK)['Cache-Control']).toEqual([HEADERS.cache.immutable]);
  expect(readFileSync(join(OUT, '_headers'), 'utf8')).not.toContain('unsafe-inline');
});
