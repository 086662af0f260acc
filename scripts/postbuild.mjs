// After `next build`: drop the framework runtime from pages with nothing to
// hydrate (scripts/strip-static.mjs), then give every HTML page a strict CSP (hashes of its own
// inline scripts, no 'unsafe-inline'), record those hashes for the server in
// out/csp.json, and precompress text files (gzip + brotli) so the server sends
// compressed bytes without compressing on every request.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { inlineHashes, policy } from './csp.mjs';
import { stripStaticPages } from './strip-static.mjs';
import { writeDeployConfigs } from './deploy-configs.mjs';

const OUT = new URL('../out/', import.meta.url).pathname;
const COMPRESSIBLE = /\.(html|js|css|txt|json|svg|xml|map|webmanifest)$/;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* walk(abs);
    else yield abs;
  }
}

/** "/en/about/index.html" -> the request paths that resolve to it */
function requestPaths(file) {
  const rel = '/' + relative(OUT, file).split(sep).join('/');
  const paths = [rel];
  if (rel.endsWith('/index.html')) {
    const dir = rel.slice(0, -'index.html'.length);
    paths.push(dir, dir.length > 1 ? dir.slice(0, -1) : dir);
  } else if (rel.endsWith('.html')) {
    paths.push(rel.slice(0, -'.html'.length));
  }
  return paths;
}

// First, so the hashes below are those of the scripts a page still has.
const strip = stripStaticPages(OUT);
console.log(
  `postbuild: ${strip.stripped.length} pages without JavaScript; islands: ` +
    strip.islands.map(({ page, island }) => `${page} (${island})`).join(', ') +
    '; kept: ' +
    strip.kept.map(({ page, needs }) => `${page} (${needs.join(', ')})`).join('; '),
);

const manifest = {};
let pages = 0;
for (const file of walk(OUT)) {
  if (!file.endsWith('.html')) continue;
  let html = readFileSync(file, 'utf8');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const hashes = inlineHashes(html);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes, { forMeta: true })}"/>`;
  // The policy must come before any script it governs: right after <head>'s charset.
  html = /<meta charSet="utf-8"\/>/i.test(html)
    ? html.replace(/<meta charSet="utf-8"\/>/i, (m) => m + meta)
    : html.replace(/<head>/i, (m) => m + meta);
  writeFileSync(file, html);
  const headerPolicy = policy(hashes);
  for (const p of requestPaths(file)) manifest[p] = headerPolicy;
  pages++;
}

let compressed = 0;
for (const file of walk(OUT)) {
  if (!COMPRESSIBLE.test(file)) continue;
  const data = readFileSync(file);
  if (data.length < 256) continue;
  writeFileSync(file + '.gz', gzipSync(data, { level: 9 }));
  writeFileSync(
    file + '.br',
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
  compressed++;
}
writeDeployConfigs(manifest, OUT);
// Written last: scripts/start.mjs takes this file as the sign of a complete build.
writeFileSync(join(OUT, 'csp.json'), JSON.stringify(manifest));
console.log(`postbuild: CSP hashes for ${pages} pages, ${compressed} files precompressed`);
