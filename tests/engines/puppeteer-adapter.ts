import { mkdirSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import {
  countAll,
  describe,
  findOne,
  TAKE_WATCHED,
  waitUntil,
  WATCH_SCRIPT,
  type EngineName,
  type EnginePage,
  type Query,
} from './page-api';

/**
 * Chromium (DevTools protocol) and Firefox (WebDriver BiDi) through
 * puppeteer-core, with Debian's own browsers: nothing is downloaded.
 */
export async function launchPuppeteer(engine: 'chromium' | 'firefox'): Promise<Browser> {
  if (engine === 'firefox')
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      // No update checks, telemetry or remote settings: the journeys must see only the site's own requests.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        // Scrollbars over the page, as on a phone, rather than GTK's classic ones that take 12 px of a 390 px screen.
        'widget.gtk.overlay-scrollbars.enabled': true,
        'ui.useOverlayScrollbars': 1,
      },
    });
  return puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

export async function openPuppeteerPage(browser: Browser, engine: EngineName, baseURL: string): Promise<EnginePage> {
  // A fresh profile-less context per journey: no storage carried over from another test.
  const context = await browser.createBrowserContext();
  const page: Page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.setViewport({ width: 1280, height: 900 });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`page error: ${String(err)}`));
  // Console errors too (a missing message is one); WebKitWebDriver has no way to read the console.
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  await page.evaluateOnNewDocument(WATCH_SCRIPT);

  async function collect() {
    if (!page.url().startsWith(baseURL)) return;
    try {
      problems.push(...((await page.evaluate(TAKE_WATCHED)) as string[]));
    } catch {
      // The page is navigating: what it recorded went with it, but each new document records again.
    }
  }

  async function element(q: Query): Promise<ElementHandle<Element>> {
    return waitUntil(async () => {
      const handle = await page.evaluateHandle(findOne(q));
      const el = handle.asElement() as ElementHandle<Element> | null;
      if (!el) await handle.dispose();
      return el;
    }, describe(q));
  }

  const absolute = (path: string) => (/^https?:/.test(path) ? path : baseURL + path);

  return {
    engine,
    async goto(path) {
      await collect();
      await page.goto(absolute(path), { waitUntil: 'load' });
    },
    async reload() {
      await collect();
      await page.reload({ waitUntil: 'load' });
    },
    async back() {
      await collect();
      await page.goBack({ waitUntil: 'load' });
    },
    async url() {
      return page.url();
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
      return (await page.evaluate('({ width: innerWidth, height: innerHeight })')) as { width: number; height: number };
    },
    async evaluate<T>(expression: string) {
      return (await page.evaluate(expression)) as T;
    },
    async click(q) {
      await collect();
      const el = await element(q);
      await el.click();
      await el.dispose();
    },
    async pressEnter(q) {
      await collect();
      const el = await element(q);
      await el.focus();
      await page.keyboard.press('Enter');
      await el.dispose();
    },
    async fill(q, text) {
      const el = await element(q);
      await el.click({ count: 3 });
      await page.keyboard.press('Backspace');
      await el.type(text);
      await el.dispose();
    },
    async count(q) {
      return page.evaluate(countAll(q)) as Promise<number>;
    },
    async screenshot(name) {
      mkdirSync(`test-results/screenshots/${engine}`, { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/${engine}/${name}.png`, fullPage: true });
    },
    async pdf() {
      return Buffer.from(await page.pdf({ format: 'A4', printBackground: false }));
    },
    async takeProblems() {
      await collect();
      return problems.splice(0, problems.length);
    },
    async close() {
      await context.close();
    },
  };
}
