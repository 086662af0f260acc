// Serves out/ as a CDN would: precompressed files, immutable caching for
// hashed assets, revalidation for HTML, the headers of headers.json, the
// per-page CSP of out/csp.json, and out/404.html with status 404.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersConfig, policy } from './csp.mjs';

const OUT = new URL('../out/', import.meta.url).pathname;
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(OUT, 'index.html'))) {
  console.error('out/ is missing: run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

const cspByPath = JSON.parse(readFileSync(join(OUT, 'csp.json'), 'utf8'));
const basePolicy = policy();
const { all, cache } = headersConfig;

function applyHeaders(res, pathname, isHtml) {
  for (const [name, value] of Object.entries(all)) res.setHeader(name, value);
  if (pathname.startsWith('/_next/static/')) res.setHeader('Cache-Control', cache.immutable);
  else if (isHtml) res.setHeader('Cache-Control', cache.html);
  else res.setHeader('Cache-Control', cache.other);
  res.setHeader('Content-Security-Policy', (isHtml && cspByPath[pathname]) || basePolicy);
}

const notFound = {};
for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz'], ['identity', '']]) {
  const file = join(OUT, '404.html' + suffix);
  if (existsSync(file)) notFound[encoding] = readFileSync(file);
}

function send404(req, res) {
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accept) && notFound.br ? 'br' : /\bgzip\b/.test(accept) && notFound.gzip ? 'gzip' : 'identity';
  const body = notFound[encoding];
  res.statusCode = 404;
  if (!body) return res.end('Not found');
  applyHeaders(res, '/404.html', true);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const files = sirv(OUT, {
  dev: false,
  etag: true,
  gzip: true,
  brotli: true,
  extensions: ['html'],
  setHeaders(res, pathname) {
    const isHtml = String(res.getHeader('Content-Type') ?? '').startsWith('text/html') || !/\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('.html');
    applyHeaders(res, pathname, isHtml);
  },
  onNoMatch: send404,
});

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.statusCode = 405;
    res.setHeader('Allow', 'GET, HEAD');
    return res.end();
  }
  files(req, res);
});

server.listen(PORT, HOST, () => {
  console.log(`Exposure Check: serving out/ on http://localhost:${PORT}/`);
});
