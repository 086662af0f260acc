import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import type { EngineName } from './page-api';

// The key journeys in the three engines people read the site with: Chromium
// and Firefox through puppeteer-core, WebKit (WebKitGTK) through
// WebKitWebDriver. Playwright's runner only schedules and counts them; its
// own Firefox build cannot be downloaded here and its WebDriver BiDi channel
// fails on Debian's Firefox ESR. The WebKit project needs a display:
// `npm run test:engines` runs under `xvfb-run -a`.
const ROOT = join(__dirname, '..', '..');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
const engines: EngineName[] = ['chromium', 'firefox', 'webkit'];

export default defineConfig<object, { engineName: EngineName }>({
  testDir: __dirname,
  testMatch: 'journeys.spec.ts',
  outputDir: join(ROOT, 'test-results', 'engines-artifacts'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: join(ROOT, 'test-results', 'engines.json') }]] : 'list',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: { baseURL: BASE_URL },
  projects: engines.map((engineName) => ({ name: engineName, use: { engineName } })),
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: ROOT,
    url: `${BASE_URL}/en/`,
    env: { PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
    reuseExistingServer: false,
    timeout: 600_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
