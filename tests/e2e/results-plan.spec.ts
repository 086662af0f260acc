import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { LOCALES } from './helpers';

/**
 * The results page as a plan, on a phone (390x844): the first screen answers
 * what happened, which data and what to do first; the page stays short with
 * everything collapsed; paper (PDF) gets every step of every action.
 */
const PHONE = { width: 390, height: 844 };
const PERSONAS = [
  // postpaid since 2016, month not remembered
  { name: 'postpaid-2016', fragment: 'v1;postpaid.2016.present', maxScreens: 8 },
  // remembers no dates at all
  { name: 'no-dates', fragment: 'v1;postpaid.unknown.unknown;metro.unknown.unknown', maxScreens: 10 },
  { name: 'applicant-2014', fragment: 'v1;applicant.2014-05.', maxScreens: 8 },
] as const;

const SSN = { en: 'Social Security number', fr: 'numéro de sécurité sociale' } as const;

async function open(page: Page, locale: string, fragment: string) {
  await page.goto(`/${locale}/results/#${fragment}`);
  await expect(page.locator('[data-testid="summary-sentence"]')).toBeVisible();
  // The page is drawn a part per frame; these tests read all of it.
  await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
}

for (const locale of LOCALES) {
  test.describe(`results plan (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('the first phone screen names the 2021 attack, the SSN and the first action with its Done box', async ({ page }) => {
      await open(page, locale, PERSONAS[0].fragment);
      const screen = { x: 0, y: 0, width: PHONE.width, height: PHONE.height };
      const inFirstScreen = async (selector: string) => {
        const box = (await page.locator(selector).first().boundingBox())!;
        expect(box, selector).not.toBeNull();
        expect(box.y + box.height, `${selector} ends within the first screen`).toBeLessThanOrEqual(screen.height);
      };
      await inFirstScreen('[data-testid="summary-incidents"] a[href$="@incident-2021-08-cyberattack"]');
      await expect(page.getByTestId('summary-data')).toContainText(new RegExp(SSN[locale], 'i'));
      await inFirstScreen('[data-testid="summary-data"]');
      await expect(page.locator('[data-action-first]')).toHaveAttribute('data-action-first', 'credit-freeze');
      await inFirstScreen('#first-done-credit-freeze');
      // The summary's Done box is the checklist's tick.
      await page.locator('#first-done-credit-freeze').check();
      await expect(page.locator('#done-credit-freeze')).toBeChecked();
      mkdirSync('test-results/screenshots', { recursive: true });
      await page.screenshot({ path: `test-results/screenshots/results-${locale}-first-screen.png` });
    });

    test('page heights with everything collapsed', async ({ page }) => {
      const heights: Record<string, number> = {};
      for (const persona of PERSONAS) {
        await open(page, locale, persona.fragment);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const screens = Math.round((height / PHONE.height) * 10) / 10;
        heights[persona.name] = screens;
        expect(screens, `${persona.name}: phone screens`).toBeLessThanOrEqual(persona.maxScreens);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
        await page.screenshot({ path: `test-results/screenshots/results-${locale}-${persona.name}-phone.png`, fullPage: true });
      }
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/results-heights-${locale}.json`, JSON.stringify(heights, null, 2));
    });

    test('the PDF contains every step of every action', async ({ page }) => {
      await open(page, locale, PERSONAS[0].fragment);
      const steps = await page.locator('.action__steps li').allTextContents();
      expect(steps.length).toBeGreaterThan(10);
      // Collapsed on screen.
      await expect(page.locator('.action__steps').first()).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.action__steps').first()).toBeVisible();
      const pdf = await page.pdf({ format: 'A4' });
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.action__steps').first()).toBeHidden();
      mkdirSync('test-results', { recursive: true });
      const file = `test-results/results-${locale}.pdf`;
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      // Lines wrap anywhere on paper, sometimes at a hyphen: compare without white space or hyphens.
      const flat = (s: string) => s.replace(/[\s‐-]+/g, '');
      const printed = flat(text);
      for (const step of steps) expect(printed, 'a step missing from the PDF').toContain(flat(step));
    });
  });
}
