import { expect, test } from '@playwright/test';
import { cspViolations, LOCALES, screenshot, trapCspViolations, watchPage } from './helpers';

test.describe('root page picks a language', () => {
  test('a French browser lands on /fr/', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(`${baseURL}/fr/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await context.close();
  });

  test('an English or other browser lands on /en/', async ({ browser, baseURL }) => {
    for (const locale of ['en-US', 'de-DE']) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(`${baseURL}/en/`);
      await context.close();
    }
  });

  test('a saved choice wins over the browser language', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page).toHaveURL(`${baseURL}/fr/`);
    await page.goto('/');
    await expect(page).toHaveURL(`${baseURL}/fr/`);
    await context.close();
  });

  test('without JavaScript the root page offers both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Continue in English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: 'Continuer en français' })).toHaveAttribute('href', '/fr/');
    await screenshot(page, 'root-nojs');
    await context.close();
  });
});

for (const locale of LOCALES) {
  test.describe(`shell in ${locale}`, () => {
    for (const path of ['/', '/about/']) {
      test(`${path} renders with lang, title, alternates, landmarks`, async ({ page, baseURL }) => {
        const watch = watchPage(page);
        await trapCspViolations(page);
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page).toHaveTitle(/Exposure Check/);
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.length).toBeGreaterThan(20);
        for (const hreflang of ['en', 'fr', 'x-default']) {
          const href = await page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`).getAttribute('href');
          expect(href).toMatch(/^https?:\/\//);
        }
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `http://localhost:3000/${locale}${path}`);
        await expect(page.getByRole('main')).toBeVisible();
        await expect(page.getByRole('contentinfo')).toContainText(
          locale === 'en' ? 'Your answers never leave this browser.' : 'Vos réponses ne quittent jamais ce navigateur.',
        );
        await screenshot(page, `shell-${locale}${path === '/' ? '-home' : path.replaceAll('/', '-').replace(/-$/, '')}`);
        expect(await cspViolations(page)).toEqual([]);
        watch.assertClean(baseURL!);
        expect(await page.context().cookies()).toEqual([]);
      });
    }

    test('skip link moves focus to the main content', async ({ page }) => {
      await page.goto(`/${locale}/about/`);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect(skip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });
  });
}

test('the switcher keeps path, query and fragment, and remembers the choice', async ({ page, baseURL }) => {
  await page.goto('/en/about/?from=test#section');
  const switcher = page.getByRole('link', { name: 'Français' });
  await expect(switcher).toHaveAttribute('lang', 'fr');
  await switcher.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${baseURL}/fr/about/?from=test#section`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  expect(await page.evaluate(() => localStorage.getItem('exposure-check:locale'))).toBe('fr');
  // A fragment set after load (as the questionnaire does) is carried too.
  await page.evaluate(() => history.replaceState(null, '', '#v1;later'));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${baseURL}/en/about/?from=test#v1;later`);
  // An address carrying answers was replaced, not pushed: Back skips it.
  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/en/about/?from=test#section`);
});

test.describe('not found', () => {
  for (const path of ['/nope/', '/en/nope/', '/fr/incidents/not-an-incident/', '/de/']) {
    test(`${path} is a bilingual 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Go to the Exposure Check home page' })).toHaveAttribute('href', '/en/');
      await expect(page.getByRole('link', { name: 'Aller à l’accueil d’Exposure Check' })).toHaveAttribute('href', '/fr/');
    });
  }

  test('404 screenshot', async ({ page }) => {
    await page.goto('/en/nope/');
    await screenshot(page, 'not-found');
  });
});

test('response headers: caching, compression and security', async ({ request }) => {
  const html = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip, br' } });
  const h = html.headers();
  expect(h['cache-control']).toBe('no-cache');
  expect(h['content-encoding']).toMatch(/br|gzip/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['permissions-policy']).toContain('camera=()');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(h['content-security-policy']).toContain("default-src 'self'");
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['set-cookie']).toBeUndefined();

  // Content pages load no script at all: take a chunk from the questionnaire.
  const body = await (await request.get('/en/check/')).text();
  const asset = body.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(asset).toBeTruthy();
  const js = await request.get(asset!);
  expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  const missing = await request.get('/en/does-not-exist/');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
});
