import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { cspViolations, LOCALES, trapCspViolations, WCAG_TAGS } from './helpers';

const MESSAGES = { en, fr } as const;
/** The only storage keys the site may write (README, "Privacy"). */
const DOCUMENTED_KEYS = ['exposure-check:locale', 'exposure-check:draft', 'exposure-check:progress'];
/** Values that would betray the answers of the journey if they left the browser. */
const ANSWER_MARKERS = ['postpaid', 'applicant', '2016-03', '2014-05', '2016', '2014', 'v1;', 'v1%3B', 'present'];

async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

/** Tab backwards (Shift+Tab) until the element has focus. */
async function shiftTabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`could not reach ${target} with Shift+Tab`);
}

// No-break spaces read as spaces in accessible names; the brand's non-breaking hyphen stays what the page shows.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

for (const locale of LOCALES) {
  const m = MESSAGES[locale];
  const ongoing = plain(m.Check.dates.ongoing).match(/other \{([^}]*)\}/)![1]!;

  test(`${locale}: the whole journey by keyboard, home to a ticked checklist item; nothing leaves the browser`, async ({
    page,
    baseURL,
    context,
  }) => {
    test.setTimeout(90_000);
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await trapCspViolations(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __writes: string[] };
      w.__writes = JSON.parse(sessionStorage.getItem('__writes') ?? '[]');
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key !== '__writes') {
          w.__writes.push(key);
          original.call(sessionStorage, '__writes', JSON.stringify(w.__writes));
        }
        return original.call(this, key, value);
      };
    });

    await page.goto(`/${locale}/`);
    await tabTo(page, page.getByRole('link', { name: plain(m.Home.start) }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: plain(m.Check.relationships.question) })).toBeVisible();

    // Step 1: Space ticks a box; Shift+Tab goes back to an earlier one.
    const postpaid = page.getByRole('checkbox', { name: plain(m.Check.types.postpaid.label) });
    const applicant = page.getByRole('checkbox', { name: plain(m.Check.types.applicant.label) });
    await tabTo(page, applicant);
    await page.keyboard.press('Space');
    await shiftTabTo(page, postpaid);
    await page.keyboard.press('Space');
    await expect(postpaid).toBeChecked();
    await expect(applicant).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: plain(m.Check.continue) }));
    await page.keyboard.press('Enter');

    // Step 2: dates.
    const month = page.getByRole('textbox', { name: plain(m.Check.dates.month) });
    await expect(month.first()).toBeVisible();
    await tabTo(page, month.first());
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2016');
    await tabTo(page, page.getByRole('checkbox', { name: ongoing }));
    await page.keyboard.press('Space');
    await tabTo(page, month.nth(1));
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2014');
    await tabTo(page, page.getByRole('button', { name: plain(m.Check.continue) }));
    await page.keyboard.press('Enter');

    // Step 3: check your answers, then the results.
    await expect(page.getByRole('heading', { level: 1, name: plain(m.Check.review.question) })).toBeVisible();
    await tabTo(page, page.getByRole('button', { name: plain(m.Check.review.submit) }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${baseURL}/${locale}/results/#v1;postpaid.2016-03.present;applicant.2014-05.`);
    await expect(page.getByRole('heading', { level: 1, name: plain(m.Results.heading) })).toBeVisible();

    // The checklist: tick the first item with the keyboard.
    const firstDone = page.locator('.action-list [data-action] input[type="checkbox"]').first();
    await tabTo(page, firstDone, 300);
    await page.keyboard.press('Space');
    await expect(firstDone).toBeChecked();
    await page.waitForLoadState('networkidle');

    // Privacy: every request went to the site itself and carried no answer.
    expect(requests.length).toBeGreaterThan(5);
    for (const r of requests) {
      const url = r.url();
      expect(url.startsWith(`${baseURL}/`), `request to ${url}`).toBe(true);
      expect(r.postData(), `body of ${r.method()} ${url}`).toBeNull();
      const afterOrigin = url.slice(baseURL!.length);
      for (const marker of ANSWER_MARKERS) expect(afterOrigin, `request ${url}`).not.toContain(marker);
      const headers = await r.allHeaders();
      expect(headers['cookie'], `cookie sent with ${url}`).toBeUndefined();
      for (const marker of ['postpaid', 'applicant', 'v1;'])
        expect(headers['referer'] ?? '', `referer of ${url}`).not.toContain(marker);
    }
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // Storage: only the documented keys were ever written.
    const writes = await page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
    expect(writes.length).toBeGreaterThan(0);
    expect([...new Set(writes)].filter((k) => !DOCUMENTED_KEYS.includes(k))).toEqual([]);
    const keys = await page.evaluate(() =>
      [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k !== '__writes'),
    );
    expect(keys.filter((k) => !DOCUMENTED_KEYS.includes(k))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
}

// axe in the states a page reaches only through use.
const STATES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  {
    name: 'questionnaire error state',
    path: '/check/',
    prepare: async (page) => {
      await page.locator('form button[type="submit"]').first().click();
      await expect(page.getByRole('alert').first()).toBeVisible();
    },
  },
  {
    name: 'dates error state',
    path: '/check/',
    prepare: async (page) => {
      await page.locator('input[type="checkbox"]').first().check();
      await page.locator('form button[type="submit"]').first().click();
      await page.locator('form button[type="submit"]').first().click();
      await expect(page.getByRole('alert').first()).toBeVisible();
    },
  },
  { name: 'check-answers step', path: '/check/?step=review' },
  { name: 'results with nothing found', path: '/results/#v1;employee.2024-01.present' },
  { name: 'results with only "possible"', path: '/results/#v1;prepaid.2023-02.2023-03' },
  {
    name: 'results with everything',
    path: '/results/#v1;postpaid.unknown.present;prepaid.2010.present;metro.2015-01.present;applicant.2014-05.;employee.2012-01.present;sprint.2015.2019',
  },
  { name: 'results with a broken link', path: '/results/#v1;postpaid.2016-13.present;pets' },
];

for (const locale of LOCALES) {
  for (const state of STATES) {
    test(`${locale}: no axe violation, no CSP violation in ${state.name}`, async ({ page }) => {
      await trapCspViolations(page);
      if (state.path.startsWith('/check/?step=review')) {
        // the review step needs a draft: answer through the URL the questionnaire accepts
        await page.goto(`/${locale}/check/#v1;postpaid.2016-03.present;applicant.2014-05.`);
        await page.waitForLoadState('networkidle');
      }
      await page.goto(`/${locale}${state.path}`);
      await page.waitForLoadState('networkidle');
      await state.prepare?.(page);
      const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  }
}
