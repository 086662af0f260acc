import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from './helpers';

/**
 * The answers live in the fragment, so an in-page link must never replace
 * it: every link of the results page, clicked, followed with the keyboard or
 * opened in a new tab, shows the results and lands on its target; links the
 * site made before in-page places existed still open; "Forget" leaves no
 * history entry with the answers. At phone size, where people read this.
 */
const PHONE = { width: 390, height: 844 };
const FRAGMENT = 'v1;postpaid.2016.present';
/** Links as the site wrote them before in-page places existed (questionnaire output, percent-encoded shares). */
const OLD_LINKS = [
  'v1;postpaid.2015-01.present',
  'v1;applicant.2014-05.',
  'v1;prepaid.2019.unknown;metro.unknown.unknown',
  'v1%3Bpostpaid.2016-01.2021-12%3Bapplicant.2014-05.',
];

async function expectResults(page: Page) {
  await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
  await expect(page.locator('.results-problem')).toHaveCount(0);
  // Drawn a part per frame: the links are listed from the whole page.
  await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
}

/** Every distinct same-page link on the page (skip link included), as href + what it points at. */
async function inPageLinks(page: Page) {
  const links = await page.locator('a[href^="#"]').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, id: (a.getAttribute('href')!.split(';@')[1] ?? '') })),
  );
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.href) && seen.add(l.href));
}

async function targetIsOnScreen(page: Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
}

for (const locale of LOCALES) {
  test.describe(`results links (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('links made by the site before still open', async ({ page }) => {
      test.setTimeout(90_000);
      for (const fragment of OLD_LINKS) {
        await page.goto(`/${locale}/results/#${fragment}`);
        await page.reload();
        await expectResults(page);
      }
    });

    test('every in-page link keeps the answers: clicked, with the keyboard, and in a new tab', async ({ page, context }) => {
      test.setTimeout(180_000);
      await page.goto(`/${locale}/results/#${FRAGMENT}`);
      await expectResults(page);
      const links = await inPageLinks(page);
      // The skip link, the first action, and the month links under the exposed data at least.
      expect(links.length).toBeGreaterThanOrEqual(3);
      expect(links.some((l) => l.id === 'main-content')).toBe(true);
      expect(links.some((l) => l.id.startsWith('action-'))).toBe(true);
      expect(await page.locator('.results-data a[href*=";@incident-"]').count()).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.href, 'an in-page link carries the answers').toMatch(new RegExp(`^#${FRAGMENT.replace(/\./g, '\\.')};@`));
        expect(link.id).not.toBe('');
      }
      const historyLength = await page.evaluate(() => history.length);
      for (const [i, link] of links.entries()) {
        const a = page.locator(`a[href="${link.href}"]`).first();
        // Links inside a collapsed section: a person opens the section first.
        await a.evaluate((el) => {
          for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
        });
        // The skip link is on screen only once focused: a person reaches it with the keyboard.
        const skip = (await a.getAttribute('class'))?.includes('skip-link');
        if (i % 2 === 0 || skip) {
          await a.focus();
          await page.keyboard.press('Enter');
        } else {
          await a.click();
        }
        await targetIsOnScreen(page, link.id);
        expect(new URL(page.url()).hash).toBe(`#${FRAGMENT}`);
        await expectResults(page);
      }
      // Following in-page links adds no history entry (Forget can then clear the only one).
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      for (const link of links) {
        const tab = await context.newPage();
        await tab.goto(new URL(link.href, page.url()).href);
        await expectResults(tab);
        await targetIsOnScreen(tab, link.id);
        await tab.close();
      }
    });

    test('a bare #id typed or followed before the page was ready is mended, not an error', async ({ page }) => {
      await page.goto(`/${locale}/results/#${FRAGMENT}`);
      await expectResults(page);
      await page.evaluate(() => (location.hash = '#main-content'));
      await expectResults(page);
      await expect(page).toHaveURL(new RegExp(`#${FRAGMENT.replace(/\./g, '\\.')};@main-content$`));
    });

    test('Forget, then Back and Forward: the answers never come back', async ({ page }) => {
      const other = locale === 'en' ? 'fr' : 'en';
      await page.goto(`/${locale}/`);
      await page.goto(`/${locale}/results/#${FRAGMENT}`);
      await expectResults(page);
      await page.locator('.language-switcher').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/results/#v1`));
      await expectResults(page);
      await page.locator('.results a[href*=";@"]').first().click();
      await page.locator('.results-forget button').click();
      await page.locator('.results-forget--confirm .button--warning').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/results/$`));
      await page.goBack();
      await expect(page).not.toHaveURL(/#v1/);
      await expect(page.locator('[data-testid="summary-sentence"]')).toHaveCount(0);
      await page.goForward();
      await expect(page).not.toHaveURL(/#v1/);
      await expect(page.locator('[data-testid="summary-sentence"]')).toHaveCount(0);
      await page.goForward();
      await expect(page).not.toHaveURL(/#v1/);
    });
  });
}
