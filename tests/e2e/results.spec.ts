import { expect, test, type Page } from '@playwright/test';
import { LOCALES, screenshot, watchPage } from './helpers';

/**
 * The results page in the browser, both languages, opened with answer
 * fragments as the questionnaire writes them. Assertions use ids and data
 * attributes (locale-free) where the words come from other parts' messages.
 */
const PERSONAS = [
  {
    name: 'postpaid-since-2015',
    fragment: 'v1;postpaid.2015-01.present',
    likely: ['2021-08-cyberattack', '2023-01-api'],
    fields: ['ssn', 'date_of_birth', 'phone'],
    firstAction: 'credit-freeze',
  },
  {
    name: 'applicant-2014',
    fragment: 'v1;applicant.2014-05.',
    likely: ['2015-09-experian'],
    fields: ['ssn', 'name'],
    firstAction: 'credit-freeze',
  },
  {
    name: 'prepaid-2022',
    fragment: 'v1;prepaid.2022-01.present',
    likely: ['2023-01-api'],
    fields: ['name', 'email', 'account_number'],
    firstAction: 'change-account-pin',
  },
] as const;

const HEADINGS = { en: 'Your results', fr: 'Vos résultats' } as const;
const CHECKLIST = { en: 'Your checklist', fr: 'Votre liste de mesures' } as const;

/** One viewport-sized picture of the timeline (full-page pictures are too tall to read). */
async function clipTimeline(page: Page, name: string) {
  const section = page.locator('.results-timeline');
  await section.scrollIntoViewIfNeeded();
  const box = (await section.boundingBox())!;
  const viewport = page.viewportSize()!;
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    clip: { x: 0, y: box.y, width: viewport.width, height: Math.min(box.height, viewport.height) },
  });
}

async function openResults(page: Page, locale: string, fragment: string) {
  await page.goto(`/${locale}/results/#${fragment}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS[locale as 'en' | 'fr']);
  await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
  // Drawn a part per frame: these tests read the whole page.
  await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
}

for (const locale of LOCALES) {
  test.describe(`results (${locale})`, () => {
    for (const persona of PERSONAS) {
      test(`${persona.name}: incidents, data and first action`, async ({ page, baseURL }) => {
        const watch = watchPage(page);
        await openResults(page, locale, persona.fragment);
        for (const id of persona.likely) {
          await expect(page.locator(`.incident-card--likely[data-incident="${id}"]`)).toBeVisible();
        }
        for (const field of persona.fields) await expect(page.locator(`[data-field="${field}"]`)).toBeVisible();
        const firstAction = page.locator('.action-list [data-action]').first();
        await expect(firstAction).toHaveAttribute('data-action', persona.firstAction);
        await expect(page.getByTestId('most-urgent')).not.toBeEmpty();
        // Nothing has left the site: no request other than the site's own files, no console error.
        watch.assertClean(baseURL!);
      });
    }

    test('ticks survive a reload and a language switch', async ({ page }) => {
      const other = locale === 'en' ? 'fr' : 'en';
      await openResults(page, locale, PERSONAS[0].fragment);
      await page.locator('#done-credit-freeze').check();
      await page.locator('#done-change-account-pin').check();
      await page.reload();
      await expect(page.locator('#done-credit-freeze')).toBeChecked();
      await expect(page.locator('#done-change-account-pin')).toBeChecked();
      await expect(page.locator('#done-sim-protection')).not.toBeChecked();
      await page.locator('.language-switcher').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/results/#v1;postpaid\\.2015-01\\.present$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADINGS[other]);
      await expect(page.locator('#done-credit-freeze')).toBeChecked();
      await expect(page.locator('#done-change-account-pin')).toBeChecked();
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('exposure-check:progress')))!);
      // Version 2: one set of ticks per set of answers, under a short hash of the answers.
      expect(stored.v).toBe(2);
      expect(Object.keys(stored.sets)).toHaveLength(1);
      expect(Object.keys(stored.sets)[0]).toMatch(/^[0-9a-f]{8}$/);
      expect(Object.values(stored.sets)).toEqual([['change-account-pin', 'credit-freeze']]);
    });

    test("someone else's results on the same device do not show my ticks", async ({ page }) => {
      await openResults(page, locale, PERSONAS[0].fragment);
      await page.locator('#done-credit-freeze').check();
      await page.goto(`/${locale}/results/#${PERSONAS[2].fragment}`);
      await page.reload();
      await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
      await expect(page.locator('#done-credit-freeze')).not.toBeChecked();
      await expect(page.locator('.results-checklist .notice')).toHaveCount(0);
      await page.goto(`/${locale}/results/#${PERSONAS[0].fragment}`);
      await page.reload();
      await expect(page.locator('#done-credit-freeze')).toBeChecked();
    });

    test('old version-1 ticks are set aside quietly, never a crash', async ({ page }) => {
      await page.addInitScript(() => {
        if (!localStorage.getItem('exposure-check:progress')) localStorage.setItem('exposure-check:progress', '{"v":1,"done":["credit-freeze"]}');
      });
      await openResults(page, locale, PERSONAS[0].fragment);
      await expect(page.locator('.results-checklist .notice')).toBeVisible();
      await expect(page.locator('#done-credit-freeze')).not.toBeChecked();
    });

    test('garbage in storage gives a quiet notice, not a crash', async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('exposure-check:progress', '{"v":1,"done":'));
      await openResults(page, locale, PERSONAS[1].fragment);
      await expect(page.locator('.results-checklist .notice')).toBeVisible();
      await expect(page.locator('#done-credit-freeze')).not.toBeChecked();
    });

    test('prints: the checklist is on paper, the controls are not', async ({ page }) => {
      await openResults(page, locale, PERSONAS[0].fragment);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: CHECKLIST[locale] })).toBeVisible();
      await expect(page.locator('.action-list [data-action="credit-freeze"]')).toBeVisible();
      // The printout says which answers and dates it was based on.
      await expect(page.locator('.results-basis')).toBeVisible();
      await expect(page.locator('.results-basis li')).toHaveCount(1);
      await expect(page.locator('.results-takeaway')).toBeHidden();
      await expect(page.locator('.results-forget')).toBeHidden();
      await expect(page.locator('.site-header')).toBeHidden();
      // External links are written out after the link text.
      const after = await page
        .locator('.action-links a[href^="http"]')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('http');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
      await page.emulateMedia({ media: 'screen' });
    });

    test('a malformed fragment shows a clear message and a way back', async ({ page }) => {
      const watch = watchPage(page);
      await page.goto(`/${locale}/results/#v1;this-is-not-an-answer`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      await expect(page.locator('.results-problem[role=alert]')).toBeVisible();
      await expect(page.locator('.results-problem a.button')).toHaveAttribute('href', `/${locale}/check/`);
      expect(watch.consoleErrors).toEqual([]);
    });

    test('a missing fragment and an unknown version are explained too', async ({ page }) => {
      await page.goto(`/${locale}/results/`);
      await expect(page.locator('.results-problem[role=alert]')).toBeVisible();
      const missing = await page.locator('.results-problem[role=alert]').textContent();
      await page.goto(`/${locale}/results/#v9;postpaid.2015-01.present`);
      await page.reload();
      await expect(page.locator('.results-problem[role=alert]')).toBeVisible();
      expect(await page.locator('.results-problem[role=alert]').textContent()).not.toBe(missing);
    });

    test('forget clears answers and progress after a confirmation', async ({ page }) => {
      await openResults(page, locale, PERSONAS[2].fragment);
      await page.locator('#done-credit-freeze').check();
      await page.locator('.results-forget button').click();
      await expect(page.locator('#forget-heading')).toBeFocused();
      await page.locator('.results-forget--confirm .button--warning').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/results/$`));
      const keys = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('exposure-check:')));
      expect(keys).toEqual([]);
      await expect(page.getByRole('status')).toBeVisible();
    });

    test('screenshots, desktop and phone', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openResults(page, locale, PERSONAS[0].fragment);
      await page.locator('.timeline-details > summary').click();
      await screenshot(page, `results-${locale}-desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
      await page.locator('.timeline-details > summary').click();
      // The timeline is a list read top to bottom: nothing scrolls sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.locator('.timeline-item--likely').first()).toBeVisible();
      await screenshot(page, `results-${locale}-mobile`);
      await clipTimeline(page, `results-${locale}-timeline-mobile`);
    });
  });
}
