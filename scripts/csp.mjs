// Content-Security-Policy helpers shared by the postbuild step and the server.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const headersConfig = JSON.parse(
  readFileSync(new URL('../headers.json', import.meta.url), 'utf8'),
);

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every inline script and style block of an HTML document. */
export function inlineHashes(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) if (m[1]) scripts.add(sha256(m[1]));
  for (const m of html.matchAll(INLINE_STYLE)) if (m[1]) styles.add(sha256(m[1]));
  return { scripts: [...scripts], styles: [...styles] };
}

/** The policy string; `forMeta` drops directives a <meta> policy ignores. */
export function policy({ scripts = [], styles = [] } = {}, { forMeta = false } = {}) {
  const parts = [];
  for (const [directive, values] of Object.entries(headersConfig.csp)) {
    if (forMeta && directive === 'frame-ancestors') continue;
    let all = values;
    if (directive === 'script-src') all = [...values, ...scripts];
    if (directive === 'style-src') all = [...values, ...styles];
    parts.push(`${directive} ${all.join(' ')}`);
  }
  return parts.join('; ');
}
