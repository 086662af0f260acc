// Serves out/ as a careful CDN would, and survives any request (ADR 0004).
//
// The whole build is small (about 5 MB with its gzip and brotli copies), so it
// is read into memory once: a table maps each request path to its bytes and
// headers. Anything not in the table is a 404, which is how `…/index`,
// `…/index.html`, `.gz`/`.br` names and `/404.html` itself stay unreachable: a
// page is only ever served under its own path, with its own hashed CSP. A file
// removed or rewritten while serving cannot hurt a request; when a new build
// finishes (out/csp.json is written last) the table is swapped whole.
//
// Every response, whatever its status (200, 301, 304, 400, 404, 405, 408, 431,
// 500), carries the headers of headers.json. Range requests are ignored (the
// site has no media): the answer is always the whole file, with
// `Accept-Ranges: none`.
import { createServer, STATUS_CODES } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, unwatchFile, watchFile } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Negotiator from 'negotiator';
import { lookup } from 'mrmime';
import { headersConfig, policy } from './csp.mjs';

const DEFAULT_ROOT = fileURLToPath(new URL('../out/', import.meta.url));
const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
];
// Build files that are not part of the site.
const NOT_SERVED = new Set(['/csp.json', '/_headers']);
const BASE_POLICY = policy();

const common = { ...headersConfig.all, 'Content-Security-Policy': BASE_POLICY };

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* walk(abs);
    else yield abs;
  }
}

const etag = (body) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function contentType(file) {
  const type = lookup(file) ?? 'application/octet-stream';
  return /^text\/|javascript|json|svg|xml/.test(type) ? `${type}; charset=utf-8` : type;
}

function entry(root, file, cacheControl, csp) {
  const identity = readFileSync(file);
  const variants = { identity: { body: identity, etag: etag(identity) } };
  for (const [encoding, suffix] of ENCODINGS) {
    if (!existsSync(file + suffix)) continue;
    const body = readFileSync(file + suffix);
    variants[encoding] = { body, etag: etag(body) };
  }
  const headers = {
    ...headersConfig.all,
    'Content-Security-Policy': csp,
    'Cache-Control': cacheControl,
    'Content-Type': contentType(file),
    'Accept-Ranges': 'none',
  };
  if (Object.keys(variants).length > 1) headers.Vary = 'Accept-Encoding';
  return { headers, variants, available: [...ENCODINGS.map(([e]) => e).filter((e) => variants[e]), 'identity'] };
}

/** Reads a build into the request table. Throws if the build is incomplete. */
export function loadSite(root = DEFAULT_ROOT) {
  const csp = JSON.parse(readFileSync(join(root, 'csp.json'), 'utf8'));
  const { cache } = headersConfig;
  const routes = new Map();
  const redirects = new Map();
  for (const abs of walk(root)) {
    const rel = '/' + relative(root, abs).split(sep).join('/');
    if (NOT_SERVED.has(rel) || ENCODINGS.some(([, suffix]) => rel.endsWith(suffix))) continue;
    if (rel.endsWith('.html')) {
      // A page is its folder's index.html, served at the folder's path only.
      if (!rel.endsWith('/index.html')) continue;
      const path = rel.slice(0, -'index.html'.length);
      // Next writes the 404 page three times; only /404.html is used, as the body of every 404.
      if (path === '/404/' || path === '/_not-found/') continue;
      routes.set(path, entry(root, abs, cache.html, csp[path] ?? BASE_POLICY));
      if (path !== '/') redirects.set(path.slice(0, -1), path);
    } else {
      const cacheControl = rel.startsWith('/_next/static/') ? cache.immutable : cache.other;
      routes.set(rel, entry(root, abs, cacheControl, BASE_POLICY));
    }
  }
  if (!routes.has('/')) throw new Error(`no index.html in ${root}`);
  const notFound = entry(root, join(root, '404.html'), cache.html, csp['/404.html'] ?? BASE_POLICY);
  return { routes, redirects, notFound };
}

/** The path and query of a request target, or null when it cannot be read. */
function parseTarget(url) {
  let target = url ?? '';
  if (/^https?:\/\//i.test(target)) {
    try {
      const u = new URL(target);
      target = u.pathname + u.search;
    } catch {
      return null;
    }
  }
  if (!target.startsWith('/')) return null;
  const q = target.indexOf('?');
  const rawPath = q === -1 ? target : target.slice(0, q);
  const query = q === -1 ? '' : target.slice(q + 1);
  try {
    const path = decodeURIComponent(rawPath);
    return path.includes('\0') ? null : { path, query };
  } catch {
    return null;
  }
}

function plain(res, status, extra = {}, method = 'GET') {
  const body = Buffer.from(`${STATUS_CODES[status] ?? 'Error'}\n`);
  res.writeHead(status, {
    ...common,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    ...extra,
  });
  res.end(method === 'HEAD' ? undefined : body);
}

/** True when an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch, tag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
}

function sendEntry(req, res, item, status) {
  // Ties go to the smallest copy; `q=0` is honoured; no acceptable encoding at all gets the plain bytes.
  const encoding = new Negotiator(req).encoding(item.available, { preferred: item.available }) ?? 'identity';
  const variant = item.variants[encoding];
  if (status === 200 && matches(req.headers['if-none-match'], variant.etag)) {
    // A 304 repeats what a 200 would say about caching and policy, not the body's type or size.
    const headers = { ...item.headers, ETag: variant.etag };
    delete headers['Content-Type'];
    res.writeHead(304, headers);
    return res.end();
  }
  const headers = { ...item.headers, 'Content-Length': variant.body.length };
  if (status === 200) headers.ETag = variant.etag;
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : variant.body);
}

function respond(site, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, { Allow: 'GET, HEAD' });
  const target = parseTarget(req.url);
  if (!target) return plain(res, 400, {}, req.method);
  const route = site.routes.get(target.path);
  if (route) return sendEntry(req, res, route, 200);
  const folder = site.redirects.get(target.path);
  if (folder) {
    // Only a plain query is carried over: the Location header is built from the table, never echoed raw.
    const query = target.query && /^[\x21-\x7e]*$/.test(target.query) ? `?${target.query}` : '';
    return plain(res, 301, { Location: folder + query, 'Cache-Control': headersConfig.cache.html }, req.method);
  }
  return sendEntry(req, res, site.notFound, 404);
}

/** The request listener; `getSite` returns the current table (it changes when a new build lands). */
export function createHandler(getSite) {
  return (req, res) => {
    try {
      respond(getSite(), req, res);
    } catch (error) {
      console.error(`serve: ${req.method} ${String(req.url).slice(0, 200)}: ${error?.stack ?? error}`);
      if (res.headersSent) res.destroy();
      else plain(res, 500);
    }
  };
}

/** A raw HTTP response for requests Node could not even parse (it would send a bare 400 with no headers). */
function rawResponse(status, extra = {}) {
  const body = `${STATUS_CODES[status]}\n`;
  const lines = Object.entries({
    ...common,
    'Cache-Control': 'no-store',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
    ...extra,
  }).map(([k, v]) => `${k}: ${v}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * Starts the server; resolves once it listens. Reloads the table when a new
 * build completes, keeping the old one if the new build cannot be read.
 */
export function startServer({ root = DEFAULT_ROOT, port = 3000, host = '127.0.0.1', log = console.log } = {}) {
  let site = loadSite(root);
  const stamp = join(root, 'csp.json');
  const server = createServer(createHandler(() => site));
  // Slow or stuck clients give up their socket instead of holding it.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    socket.end(rawResponse(status));
  });
  // CONNECT (a proxy tunnel request) never reaches the request handler; without this Node would just close the socket.
  server.on('connect', (_req, socket) => socket.end(rawResponse(405, { Allow: 'GET, HEAD' })));
  watchFile(stamp, { interval: 1000 }, (now) => {
    if (!now.mtimeMs) return; // a build started: out/ is being rewritten
    try {
      site = loadSite(root);
      log('Exposure Check: new build loaded');
    } catch (error) {
      console.error(`Exposure Check: kept the previous build (${error.message})`);
    }
  });
  server.on('close', () => unwatchFile(stamp));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error) => {
      unwatchFile(stamp);
      reject(error);
    });
    server.listen(port, host, () => resolvePromise(server));
  });
}

/** `npm run serve` and `npm start`: PORT and HOST from the environment, one clear line on failure. */
export async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const root = process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : DEFAULT_ROOT;
  if (!existsSync(join(root, 'csp.json'))) {
    console.error('out/ is missing or incomplete: run `npm run build` first (or `npm start`, which builds).');
    process.exit(1);
  }
  try {
    await startServer({ root, port, host });
  } catch (error) {
    if (error.code === 'EADDRINUSE')
      console.error(
        `Port ${port} is already in use: stop the program using it or choose another port, e.g. PORT=8080 npm start`,
      );
    else if (error.code === 'EACCES')
      console.error(`Not allowed to listen on port ${port}: choose a port above 1023, e.g. PORT=8080 npm start`);
    else console.error(`Could not serve out/: ${error.message}`);
    process.exit(1);
  }
  console.log(`Exposure Check: serving out/ on http://localhost:${port}/`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
