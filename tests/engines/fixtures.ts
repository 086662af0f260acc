import { expect, test as base } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import type { EngineName, EnginePage } from './page-api';
import { launchPuppeteer, openPuppeteerPage } from './puppeteer-adapter';
import { openWebKitPage, startWatchProxy, startWebKitDriver } from './webkit-adapter';

/** What a worker keeps for all the journeys of one engine: a way to open a fresh page. */
type Engine = { open: () => Promise<EnginePage>; version: string };

/**
 * Playwright's runner runs the journeys (one project per engine) and counts
 * them; the browsers are driven by the adapters, each exposing EnginePage.
 * Every journey ends by checking that no page it loaded had a CSP violation
 * or an uncaught error.
 */
export const test = base.extend<{ site: EnginePage }, { engineName: EngineName; engine: Engine }>({
  engineName: ['chromium', { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName }, provide, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      if (engineName === 'webkit') {
        const port = Number(new URL(baseURL).port);
        const driver = await startWebKitDriver(port + 1);
        const proxy = await startWatchProxy(baseURL, port + 2);
        await provide({ open: () => openWebKitPage(driver.url, proxy.origin), version: 'WebKitGTK MiniBrowser' });
        await proxy.close();
        await driver.stop();
        return;
      }
      const browser: Browser = await launchPuppeteer(engineName);
      await provide({ open: () => openPuppeteerPage(browser, engineName, baseURL), version: await browser.version() });
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  site: async ({ engine }, provide) => {
    const page = await engine.open();
    try {
      await provide(page);
      expect(await page.takeProblems(), 'CSP violations and page errors').toEqual([]);
    } finally {
      await page.close();
    }
  },
});

export { expect };
