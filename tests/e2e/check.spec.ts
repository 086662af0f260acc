import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LOCALES, screenshot, watchPage } from './helpers';

const WORDS = {
  en: {
    start: 'Start now',
    q1: 'Which of these were you, at any time?',
    q2: 'When were you connected to T\u2011Mobile?',
    q3: 'Check your answers',
    postpaid: /^Postpaid T\u2011Mobile customer/,
    applicant: /^Applied for a T\u2011Mobile plan/,
    continue: 'Continue',
    month: 'Month',
    year: 'Year',
    still: 'I’m still a customer',
    results: 'See my results',
    problem: 'There is a problem',
    errorTitle: 'Error: ',
    switchTo: 'Français',
    march2016: 'Became a customer: March 2016',
    year2019: 'Became a customer: 2019 (month not given)',
    notice: /couldn’t read the answers saved earlier/,
  },
  fr: {
    start: 'Commencer',
    q1: 'Quelles relations avez-vous eues avec T\u2011Mobile\u202f?',
    q2: 'À quelles périodes avez-vous été en relation avec T\u2011Mobile\u202f?',
    q3: 'Vérifiez vos réponses',
    postpaid: /^Forfait postpayé T\u2011Mobile/,
    applicant: /^Demande de forfait ou de financement/,
    continue: 'Continuer',
    month: 'Mois',
    year: 'Année',
    still: 'J’utilise toujours ce service',
    results: 'Voir mes résultats',
    problem: 'Il y a un problème',
    errorTitle: 'Erreur – ',
    switchTo: 'English',
    march2016: 'Début du service\u202f: mars 2016',
    year2019: 'Début du service\u202f: 2019 (mois non précisé)',
    notice: /pas pu relire les réponses/,
  },
} as const;

const FRAGMENT = 'v1;postpaid.2016-03.present;applicant.2014-05.';
/** Strings that would betray an answer if they appeared in a request. */
const ANSWER_MARKERS = ['postpaid', 'applicant', '2016-03', '2014-05', 'v1;', 'v1%3B', 'present'];

function assertNoAnswerSent(requests: Request[]) {
  for (const r of requests) {
    const url = r.url();
    for (const marker of ANSWER_MARKERS) expect(url, `request ${url}`).not.toContain(marker);
    expect(r.postData(), `body of ${r.method()} ${url}`).toBeNull();
  }
}

/** Keyboard only: Tab until the element has focus (fails if it is never reached). */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${target} with Tab`);
}

async function expectFocused(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => el === document.activeElement)).toBe(true);
}

for (const locale of LOCALES) {
  const w = WORDS[locale];

  test.describe(`questionnaire in ${locale}`, () => {
    test('keyboard only, from the home page to the results URL; no request carries an answer', async ({ page, baseURL }) => {
      const watch = watchPage(page);
      await page.goto(`/${locale}/`);
      await page.waitForLoadState('networkidle');
      const afterLoad: Request[] = [];
      page.on('request', (r) => afterLoad.push(r));

      await tabTo(page, page.getByRole('link', { name: w.start }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/`);
      const q1 = page.getByRole('heading', { level: 1, name: w.q1 });
      await expect(q1).toBeVisible();

      await tabTo(page, page.getByRole('checkbox', { name: w.postpaid }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: w.applicant }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: w.continue }));
      await page.keyboard.press('Enter');

      const q2 = page.getByRole('heading', { level: 1, name: w.q2 });
      await expect(q2).toBeVisible();
      await expectFocused(q2);
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=dates`);
      await page.keyboard.press('Tab');
      await expectFocused(page.getByRole('textbox', { name: w.month }).first());
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2016');
      await tabTo(page, page.getByRole('checkbox', { name: w.still }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('textbox', { name: w.month }).nth(1));
      await page.keyboard.type('5');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2014');
      await tabTo(page, page.getByRole('button', { name: w.continue }));
      await page.keyboard.press('Enter');

      const q3 = page.getByRole('heading', { level: 1, name: w.q3 });
      await expect(q3).toBeVisible();
      await expectFocused(q3);
      await expect(page.getByText(w.march2016)).toBeVisible();
      await tabTo(page, page.getByRole('button', { name: w.results }));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(`${baseURL}/${locale}/results/#${FRAGMENT}`);
      await page.waitForLoadState('networkidle');

      assertNoAnswerSent(afterLoad);
      watch.assertClean(baseURL!);
    });

    test('empty and invalid answers: summary with focus, inline errors, title prefixed', async ({ page }) => {
      await page.goto(`/${locale}/check/`);
      await page.getByRole('button', { name: w.continue }).click();
      const summary = page.locator('.check-error-summary');
      await expect(summary.getByRole('heading', { name: w.problem })).toBeVisible();
      await expectFocused(summary);
      await expect(page).toHaveTitle(new RegExp(`^${w.errorTitle}`));
      await screenshot(page, `check-${locale}-1-error-desktop`);
      await summary.getByRole('link').first().click();
      await expectFocused(page.getByRole('checkbox', { name: w.postpaid }));

      await page.getByRole('checkbox', { name: w.postpaid }).check();
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      await expect(page).not.toHaveTitle(new RegExp(`^${w.errorTitle}`));
      await page.getByRole('textbox', { name: w.month }).first().fill('13');
      await page.getByRole('textbox', { name: w.year }).first().fill('20x9');
      await page.getByRole('button', { name: w.continue }).click();
      await expectFocused(summary);
      // The year is not a number and the end date is missing (the month, 13, is judged once the boxes are filled).
      await expect(summary.getByRole('link')).toHaveCount(2);
      await expect(page.getByRole('textbox', { name: w.year }).first()).toHaveAttribute('aria-invalid', 'true');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations).toEqual([]);
      await screenshot(page, `check-${locale}-2-error-desktop`);
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, `check-${locale}-2-error-mobile`);
    });

    test('a year alone means “month not remembered”: no error, reviewed as such, year-only in the results link', async ({ page, baseURL }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/${locale}/check/`);
      await expect(page.getByRole('heading', { level: 1, name: w.q1 })).toBeVisible();
      await screenshot(page, `check-${locale}-1-mobile`);
      await page.getByRole('checkbox', { name: w.postpaid }).check();
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      await page.getByRole('textbox', { name: w.year }).first().fill('2019');
      await page.getByRole('checkbox', { name: w.still }).check();
      await screenshot(page, `check-${locale}-2-year-only-mobile`);
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.q3 })).toBeVisible();
      await expect(page.locator('.check-error-summary')).toHaveCount(0);
      await expect(page.getByText(w.year2019)).toBeVisible();
      await screenshot(page, `check-${locale}-3-review-mobile`);
      await page.getByRole('button', { name: w.results }).click();
      await expect(page).toHaveURL(`${baseURL}/${locale}/results/#v1;postpaid.2019.present`);
    });

    test('every date problem is reported on the first Continue, one per field', async ({ page }) => {
      await page.goto(`/${locale}/check/`);
      await page.getByRole('checkbox', { name: w.postpaid }).check();
      await page.getByRole('checkbox', { name: w.applicant }).check();
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      const months = page.getByRole('textbox', { name: w.month });
      const years = page.getByRole('textbox', { name: w.year });
      // Postpaid from 5/2017 to 3/2016 (end before start), application left empty.
      await months.nth(0).fill('5');
      await years.nth(0).fill('2017');
      await months.nth(1).fill('3');
      await years.nth(1).fill('2016');
      await page.getByRole('button', { name: w.continue }).click();
      const summary = page.locator('.check-error-summary');
      await expectFocused(summary);
      const links = summary.getByRole('link');
      await expect(links).toHaveCount(2);
      await expect(links.nth(0)).toHaveAttribute('href', '#relationships-0-to-month');
      await expect(links.nth(1)).toHaveAttribute('href', '#relationships-1-from-month');

      // An application in 1990 (too early) is reported together with the end before the start.
      await months.nth(2).fill('1');
      await years.nth(2).fill('1990');
      await page.getByRole('button', { name: w.continue }).click();
      await expect(links).toHaveCount(2);
      await expect(links.nth(0)).toHaveAttribute('href', '#relationships-0-to-month');
      await expect(links.nth(1)).toHaveAttribute('href', '#relationships-1-from-month');
      await expect(links.nth(1)).toContainText('1994');
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
    });

    test('switching language and reloading on each step keep every answer', async ({ page, baseURL }) => {
      const other = locale === 'en' ? 'fr' : 'en';
      const o = WORDS[other];
      await page.goto(`/${locale}/check/`);
      await page.getByRole('checkbox', { name: w.postpaid }).check();
      // Step 1, switch language: the box is still ticked.
      await page.getByRole('link', { name: w.switchTo }).click();
      await expect(page).toHaveURL(`${baseURL}/${other}/check/`);
      await expect(page.getByRole('checkbox', { name: o.postpaid })).toBeChecked();
      await page.getByRole('link', { name: o.switchTo }).click();
      await expect(page.getByRole('checkbox', { name: w.postpaid })).toBeChecked();
      await page.getByRole('button', { name: w.continue }).click();

      // Step 2: type, switch, find it; reload, find it.
      await page.getByRole('textbox', { name: w.month }).first().fill('3');
      await page.getByRole('textbox', { name: w.year }).first().fill('2016');
      await page.getByRole('checkbox', { name: w.still }).check();
      await page.getByRole('link', { name: w.switchTo }).click();
      await expect(page).toHaveURL(`${baseURL}/${other}/check/?step=dates`);
      await expect(page.getByRole('heading', { level: 1, name: o.q2 })).toBeVisible();
      await expect(page.getByRole('textbox', { name: o.year }).first()).toHaveValue('2016');
      await expect(page.getByRole('checkbox', { name: o.still })).toBeChecked();
      await page.reload();
      await expect(page.getByRole('textbox', { name: o.month }).first()).toHaveValue('3');
      await page.getByRole('link', { name: o.switchTo }).click();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=dates`);
      await page.getByRole('button', { name: w.continue }).click();

      // Step 3: switch and reload.
      await expect(page.getByText(w.march2016)).toBeVisible();
      await page.getByRole('link', { name: w.switchTo }).click();
      await expect(page).toHaveURL(`${baseURL}/${other}/check/?step=review`);
      await expect(page.getByText(o.march2016)).toBeVisible();
      await page.reload();
      await expect(page.getByText(o.march2016)).toBeVisible();

      // The back button returns to the previous question, answers kept.
      await page.goBack();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=review`);
      await expect(page.getByText(w.march2016)).toBeVisible();
    });

    test('Back and Forward move between the questions of one page, answers kept, without reloading it', async ({ page, baseURL }) => {
      const watch = watchPage(page);
      await page.goto(`/${locale}/check/`);
      // Set on this document only: a reload (or any navigation away) would lose it.
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      const sameDocument = () => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
      await page.getByRole('checkbox', { name: w.postpaid }).check();
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      await page.getByRole('textbox', { name: w.month }).first().fill('3');
      await page.getByRole('textbox', { name: w.year }).first().fill('2016');
      await page.getByRole('checkbox', { name: w.still }).check();
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByText(w.march2016)).toBeVisible();

      await page.goBack();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=dates`);
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      await expect(page.getByRole('textbox', { name: w.year }).first()).toHaveValue('2016');
      await page.goBack();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/`);
      await expect(page.getByRole('heading', { level: 1, name: w.q1 })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: w.postpaid })).toBeChecked();
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: w.still })).toBeChecked();
      await page.goForward();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=review`);
      await expect(page.getByText(w.march2016)).toBeVisible();
      expect(await sameDocument(), 'the questions changed without loading the page again').toBe(true);
      watch.assertClean(baseURL!);
    });

    test('tampered storage and fragment give a clear message, never a crash', async ({ page, baseURL }) => {
      const watch = watchPage(page);
      // Tamper from a page without the form: the form itself saves its draft
      // when it is left, which would overwrite the tampered value.
      await page.goto(`/${locale}/about/`);
      await page.evaluate(() => sessionStorage.setItem('exposure-check:draft', '{"v":1,"values":{"types":["pets"'));
      await page.goto(`/${locale}/check/?step=review`);
      await expect(page.getByText(w.notice)).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: w.q1 })).toBeVisible();
      await expect(page).toHaveURL(`${baseURL}/${locale}/check/?step=relationships`);
      watch.assertClean(baseURL!);

      await page.goto(`/${locale}/results/#v1;postpaid.2016-13.present;pets`);
      const alert = page.getByRole('alert').filter({ has: page.getByRole('link') });
      await expect(alert).toBeVisible();
      await expect(alert.getByRole('link')).toHaveAttribute('href', `/${locale}/check/`);
    });

    test('screenshots of each step, desktop and mobile', async ({ page }) => {
      for (const [size, viewport] of [
        ['desktop', { width: 1280, height: 900 }],
        ['mobile', { width: 390, height: 844 }],
      ] as const) {
        await page.setViewportSize(viewport);
        await page.goto(`/${locale}/check/`);
        await page.evaluate(() => sessionStorage.clear());
        await page.reload();
        await page.getByRole('checkbox', { name: w.postpaid }).check();
        await page.getByRole('checkbox', { name: w.applicant }).check();
        await page.getByText(locale === 'en' ? 'I don’t know which of these I was' : 'Je ne sais pas laquelle').click();
        await screenshot(page, `check-${locale}-1-relationships-${size}`);
        await page.getByRole('button', { name: w.continue }).click();
        await page.getByRole('textbox', { name: w.month }).first().fill('3');
        await page.getByRole('textbox', { name: w.year }).first().fill('2016');
        await page.getByRole('checkbox', { name: w.still }).check();
        await page.getByRole('button', { name: new RegExp(locale === 'en' ? 'Add another postpaid' : 'Ajouter une autre période en postpayé') }).click();
        await screenshot(page, `check-${locale}-2-dates-${size}`);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations).toEqual([]);
        await page.getByRole('button', { name: locale === 'en' ? /^Remove/ : /^Supprimer/ }).last().click();
        await page.getByRole('textbox', { name: w.month }).nth(1).fill('5');
        await page.getByRole('textbox', { name: w.year }).nth(1).fill('2014');
        await page.getByRole('button', { name: w.continue }).click();
        await expect(page.getByRole('heading', { level: 1, name: w.q3 })).toBeVisible();
        await screenshot(page, `check-${locale}-3-review-${size}`);
      }
      // 320 px wide (and so 200% zoom of 640): nothing wider than the screen.
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`/${locale}/check/?step=dates`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `check-${locale}-2-dates-320`);
    });

    test('without JavaScript, says why and links to the incident pages', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/check/`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByText(/JavaScript/).first()).toBeVisible();
      await expect(main.locator(`a[href="/${locale}/incidents/"]`)).toBeVisible();
      await screenshot(page, `check-${locale}-nojs`);
      await context.close();
    });
  });
}

test('the checks and zod arrive after the first screen: the form never waits for them, a Continue or a saved draft does', async ({ page }) => {
  const w = WORDS.en;
  // Scripts the HTML names (and the modules it preloads) load at once; any other chunk (the on-demand one) is held until released.
  const html = await (await page.request.get('/en/check/')).text();
  const inPage = new Set(
    [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"|<link[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) =>
      decodeURIComponent((m[1] ?? m[2])!),
    ),
  );
  let release = () => {};
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((resolve) => (release = resolve)));
  const held: string[] = [];
  await page.route(/\/_next\/static\/(?:chunks|islands)\/.*\.js$/, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (!inPage.has(path)) {
      held.push(path);
      await gate;
    }
    await route.continue();
  });

  hold();
  await page.goto('/en/check/');
  const postpaid = page.getByRole('checkbox', { name: w.postpaid });
  await expect(postpaid).toBeVisible();
  await page.getByRole('button', { name: w.continue }).click();
  const summary = page.locator('.check-error-summary');
  // The errors wait for the checks; nothing else is shown meanwhile.
  await page.waitForTimeout(500);
  await expect(summary).toHaveCount(0);
  expect(held.length).toBeGreaterThan(0);
  release();
  await expect(summary.getByRole('heading', { name: w.problem })).toBeVisible();
  await expectFocused(summary);

  await postpaid.check();
  await page.getByRole('button', { name: w.continue }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
  await page.getByRole('textbox', { name: w.year }).first().fill('2016');

  // A reload with a draft: the placeholder heading stays until the saved answers can be read, never an empty form.
  held.length = 0;
  hold();
  await page.reload();
  await page.waitForTimeout(500);
  expect(held.length).toBeGreaterThan(0);
  await expect(page.locator('form')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  release();
  await expect(page.getByRole('heading', { level: 1, name: w.q2 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: w.year }).first()).toHaveValue('2016');
});
