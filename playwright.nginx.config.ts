import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The same checks against nginx serving out/ with the generated
// deploy/nginx/exposure-check.conf (scripts/nginx-local.mjs runs Debian's nginx
// on a local port, no root, no system service): the server checks, every page
// in Chromium with zero CSP violations, and the whole journey.
const PORT = Number(process.env.NGINX_PORT ?? 8100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  ...base,
  testMatch: ['serve.spec.ts', 'quality.spec.ts', 'journey.spec.ts'],
  outputDir: './test-results/artifacts-nginx',
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e-nginx.json' }]] : 'list',
  use: { ...base.use, baseURL: BASE_URL },
  projects: (base.projects ?? [])
    .filter((p) => p.name === 'debian-chromium')
    .map((p) => ({ ...p, name: 'nginx-chromium' })),
  webServer: {
    command: 'node scripts/nginx-local.mjs',
    url: `${BASE_URL}/en/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
