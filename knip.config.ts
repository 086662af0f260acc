import type { KnipConfig } from 'knip';

// knip fails `npm run lint` on unused files, exports, types and dependencies.
// Next.js (app/ routes, next.config.js), Jest (jest.config.js, tests/unit,
// tests/components), Playwright, ESLint and TypeScript are found by knip's own
// plugins; only what they cannot see is listed here, each with its reason.
const config: KnipConfig = {
  // Run by hand (README, "How to add a string"): `npx tsx scripts/typography.ts`.
  // (lib/i18n/request.ts is found through next.config.js, so knip needs
  // SITE_URL wherever CI=true, as the build does.)
  // The islands' entries are bundled by scripts/build-islands.ts, which names
  // them as strings (components/islands/islands.ts).
  entry: ['scripts/typography.ts', 'components/islands/check.tsx', 'components/islands/results.tsx'],
  playwright: {
    // `.ci/run` and `npm run test:engines` pass these with `-c`.
    config: ['playwright.config.ts', 'playwright.nginx.config.ts', 'tests/engines/playwright.config.ts'],
  },
  // lighthouse: run as `npx lighthouse …` by scripts/bench.mjs, through spawnSync.
  // island: the "island:messages" module an island imports is not a package but
  // its messages, supplied by scripts/build-islands.ts at build time.
  ignoreDependencies: ['lighthouse', 'island'],
  // Debian packages the tests call (poppler-utils, webkit2gtk-driver), which
  // `.ci/run` installs with apt: they are not npm packages.
  ignoreBinaries: ['pdftotext', 'pdftoppm', 'WebKitWebDriver'],
};

export default config;
