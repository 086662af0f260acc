// Static export: `next build` writes plain files to out/ (docs/adr/0001-static-export.md).
// There is no server code, no proxy/middleware and no `headers()` here: the
// response headers live in headers.json, applied by scripts/serve.mjs and by
// whatever CDN serves out/ (the build writes out/_headers and
// deploy/nginx/exposure-check.conf from it).
const { PHASE_PRODUCTION_BUILD } = require('next/constants');
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    // ICU messages are compiled at build time, so the browser gets no ICU
    // parser (docs/adr/0003-javascript-budget.md).
    messages: { path: './messages', format: 'json', locales: 'infer', precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  env: { SITE_URL: process.env.SITE_URL ?? 'http://localhost:3000' },
};

const isCI = !!process.env.CI && !['0', 'false'].includes(process.env.CI.toLowerCase());

/**
 * Canonical and hreflang links are absolute, so a build made without SITE_URL
 * points search engines at http://localhost:3000. That is right for `npm start`
 * on one's own machine, so a local build only warns (loudly); a CI build, the
 * kind that gets deployed, stops instead.
 */
function checkSiteUrl() {
  const value = process.env.SITE_URL;
  if (value !== undefined) {
    let url;
    try {
      url = new URL(value);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
      throw new Error(`SITE_URL must be an absolute http(s) origin such as https://example.org, not "${value}".`);
    return;
  }
  if (isCI)
    throw new Error(
      'SITE_URL is not set. A CI build is one that gets deployed, and without SITE_URL every canonical and hreflang link would point to http://localhost:3000. Set SITE_URL=https://your.origin (or SITE_URL=http://localhost:3000 for a build only served locally).',
    );
  if (process.env.EXPOSURE_CHECK_SITE_URL_WARNED) return; // the build's workers load this file again
  process.env.EXPOSURE_CHECK_SITE_URL_WARNED = '1';
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SITE_URL is not set: canonical and hreflang links point to http://localhost:3000.\n!! Fine for npm start on this machine; NOT for a deploy. Build with\n!!   SITE_URL=https://your.origin npm run build\n${line}\n`,
  );
}

module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) checkSiteUrl();
  return withNextIntl(nextConfig);
};
