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

  // One 404.html serves every path; it leads with the language of the path.
  for (const [path, lang, order] of [
    ['/fr/incidents/not-an-incident/', 'fr', ['Page introuvable', 'Page not found']],
    ['/fr/nope', 'fr', ['Page introuvable', 'Page not found']],
    ['/en/nope/', 'en', ['Page not found', 'Page introuvable']],
    ['/nope/', 'en', ['Page not found', 'Page introuvable']],
    ['/fresh/', 'en', ['Page not found', 'Page introuvable']],
  ] as const) {
    test(`${path} leads with ${lang}`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      expect((await page.goto(path))?.status()).toBe(404);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // Visible headings in reading order (the hidden copy is out of the accessibility tree).
      await expect(page.getByRole('heading', { level: 1 })).toHaveText([...order]);
      await expect(page.getByRole('main').getByRole('link').first()).toHaveAttribute('hreflang', lang);
      // The only console error allowed is the browser's note about the 404 status itself: no hydration error.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
      if (path === '/fr/incidents/not-an-incident/') {
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, 'not-found-fr-mobile');
      }
    });
  }

  test('without JavaScript a French path still gets both languages, English first', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fr/nope/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Page not found', 'Page introuvable']);
    await context.close();
  });

  test('404 screenshot', async ({ page }) => {
    await page.goto('/en/nope/');
    await screenshot(page, 'not-found');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'not-found-en-mobile');
  });
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header links sit on one line, and the header is as tall in French as in English', async ({ page }) => {
    const heights: Record<string, number> = {};
    for (const locale of LOCALES) {
      for (const path of ['/', '/check/', '/glossary/', '/incidents/']) {
        await page.goto(`/${locale}${path}`);
        const tops = await page
          .locator('.site-header__nav a')
          .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
        expect(tops, `${locale}${path}: one top for every header link`).toHaveLength(3);
        expect(new Set(tops).size, `${locale}${path}: header links on one line`).toBe(1);
        const height = (await page.locator('.site-header').boundingBox())?.height ?? 0;
        heights[`${locale}${path}`] = height;
      }
    }
    const all = Object.values(heights);
    expect(Math.max(...all) - Math.min(...all), JSON.stringify(heights)).toBe(0);
    // Two rows: the name and the language link, then the three links.
    expect(all[0]).toBeLessThanOrEqual(100);
  });

  for (const locale of LOCALES) {
    test(`${locale}: the home page's start button is fully on the first screen`, async ({ page }) => {
      await page.goto(`/${locale}/`);
      const start = page.getByRole('link', { name: locale === 'en' ? 'Start now' : 'Commencer' });
      const box = await start.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
      await screenshot(page, `home-${locale}-mobile`);
      await page.screenshot({ path: `test-results/screenshots/home-${locale}-mobile-first-screen.png` });
    });

    test(`${locale}: glossary on a phone`, async ({ page }) => {
      await page.goto(`/${locale}/glossary/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/glossary-${locale}-mobile-first-screen.png` });
      await screenshot(page, `glossary-${locale}-mobile`);
    });
  }
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
  expect(h['content-security-policy']).toContain("default-src 'none'");
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
