// Static export: `next build` writes plain files to out/ (docs/adr/0001-static-export.md).
// There is no server code, no proxy/middleware and no `headers()` here: the
// response headers live in headers.json, applied by scripts/serve.mjs and by
// whatever CDN serves out/.
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

module.exports = withNextIntl(nextConfig);
