import { expect, test, type Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { INCIDENT_IDS } from '../../lib/catalog/incidents';
import { LOCALES } from './helpers';

// Content pages are shipped without the framework runtime (scripts/strip-static.mjs).
// That is only right while they look exactly the same without JavaScript: each
// is photographed at phone width with JavaScript on and off, and the two
// full-page screenshots must be identical, pixel for pixel. A page that starts
// to need JavaScript (a client component that renders something else in the
// browser, a script that changes the layout) fails here.

const CONTENT_PATHS = LOCALES.flatMap((locale) => [
  `/${locale}/`,
  `/${locale}/incidents/`,
  ...INCIDENT_IDS.map((id) => `/${locale}/incidents/${id}/`),
  `/${locale}/glossary/`,
  `/${locale}/about/`,
]);
const PHONE = { width: 390, height: 844 };

async function shot(browser: Browser, path: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const response = await page.goto(path, { waitUntil: 'networkidle' });
  const image = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  const html = await page.locator('body').innerHTML();
  await context.close();
  return { status: response?.status(), image, html };
}

test('the list below covers every built content page', () => {
  // A new content route must be added here, so it is checked too.
  const report = JSON.parse(execFileSync('node', ['scripts/page-weight.mjs'], { encoding: 'utf8' })) as {
    pages: { path: string; kind: string }[];
  };
  const built = report.pages
    .filter((p) => p.kind === 'content' && /^\/(en|fr)\//.test(p.path))
    .map((p) => p.path)
    .sort();
  expect(built).toEqual([...CONTENT_PATHS].sort());
});

for (const path of [...CONTENT_PATHS, '/en/no-such-page/']) {
  test(`${path} looks the same without JavaScript at 390 px`, async ({ browser }) => {
    const withJs = await shot(browser, path, true);
    const withoutJs = await shot(browser, path, false);
    expect(withoutJs.status).toBe(path.includes('no-such-page') ? 404 : 200);
    expect(withoutJs.html).toBe(withJs.html);
    const same = Buffer.compare(withJs.image, withoutJs.image) === 0;
    if (!same) {
      const name = path.replaceAll('/', '_');
      mkdirSync('test-results/no-js', { recursive: true });
      writeFileSync(`test-results/no-js/${name}-js.png`, withJs.image);
      writeFileSync(`test-results/no-js/${name}-nojs.png`, withoutJs.image);
    }
    expect(same, `screenshots differ (saved in test-results/no-js/)`).toBe(true);
  });
}

test('without JavaScript, links, the skip link and the language switcher still work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/incidents/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}/fr/incidents/#main-content`);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${baseURL}/en/incidents/`);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(`${baseURL}/en/glossary/`);
  await expect(page.locator('h1')).toBeVisible();
  await context.close();
});
