// Static export: `next build` writes plain files to out/ (see docs/adr/0001-static-export.md).
// There is no server code, no proxy/middleware and no `headers()` here: the
// response headers live in headers.json, applied by scripts/serve.mjs and by
// whatever CDN serves out/.
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

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
