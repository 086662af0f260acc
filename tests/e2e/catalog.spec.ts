import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';
import { CATALOG } from '../../lib/catalog';
import { pageSourceKeys } from '../../lib/catalog/aftermath';
import { FIELD_IDS } from '../../lib/catalog/vocabulary';
import { INCIDENT_IDS } from '../../lib/catalog/incidents';
import { LOCALES, screenshot, trapCspViolations, cspViolations, watchPage } from './helpers';

const MESSAGES = { en, fr } as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const locale of LOCALES) {
  const m = MESSAGES[locale];

  test.describe(`catalog pages in ${locale}`, () => {
    for (const id of INCIDENT_IDS) {
      test(`incident ${id}`, async ({ page, baseURL }) => {
        const watch = watchPage(page);
        await trapCspViolations(page);
        const response = await page.goto(`/${locale}/incidents/${id}/`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).toHaveText(m.Incidents[id].headline);
        await expect(page).toHaveTitle(new RegExp(m.Incidents[id].headline.slice(0, 20).replace(/[()]/g, '.')));
        // the numbered sources: one entry per cited key, each reference resolves
        const incident = CATALOG.find((i) => i.id === id)!;
        await expect(page.getByRole('heading', { level: 2, name: m.IncidentPage.sources })).toBeVisible();
        await expect(page.locator('ol.source-list > li')).toHaveCount(pageSourceKeys(incident).length);
        // confidence is said in words, never as a bare level
        await expect(page.locator('main')).not.toContainText(/Confidence: (High|Medium|Low)|Confiance\s*: (élevée|moyenne|faible)/);
        for (const href of await page
          .locator('.source-refs a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
          await expect(page.locator(href!)).toHaveCount(1);
        }
        // exposed / not exposed columns, labels linking to the glossary
        await expect(page.getByRole('heading', { level: 3, name: m.IncidentPage.exposed, exact: true })).toBeVisible();
        const glossaryLinks = page.locator(`a[href^="/${locale}/glossary/#field-"]`);
        expect(await glossaryLinks.count()).toBeGreaterThan(0);
        await expect(page.getByRole('link', { name: m.IncidentPage.checkLink })).toHaveAttribute(
          'href',
          `/${locale}/check/`,
        );
        expect(await cspViolations(page)).toEqual([]);
        watch.assertClean(baseURL!);
      });
    }

    for (const path of ['/incidents/', '/glossary/', '/about/']) {
      test(`page ${path}`, async ({ page, baseURL }) => {
        const watch = watchPage(page);
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('h1')).toHaveCount(1);
        if (path === '/incidents/') {
          await expect(page.locator('h1')).toHaveText(m.IncidentsIndex.heading);
          const items = page.locator('.timeline__item');
          await expect(items).toHaveCount(INCIDENT_IDS.length);
          // newest first
          await expect(items.first().locator('a')).toHaveAttribute('href', `/${locale}/incidents/2023-04-pin/`);
          await expect(items.last().locator('a')).toHaveAttribute('href', `/${locale}/incidents/2015-09-experian/`);
          // Key data most sensitive first, by the same ranking as the results page
          // (identity documents before the account PIN).
          const keyFields = (['ssn', 'drivers_license', 'government_id', 'date_of_birth', 'account_pin'] as const)
            .map((f) => m.Fields[f].inSentence)
            .join(', ');
          const item2021 = items.filter({ has: page.locator('a[href$="/incidents/2021-08-cyberattack/"]') });
          await expect(item2021).toContainText(keyFields);
        }
        if (path === '/glossary/') {
          await expect(page.locator('h1')).toHaveText(m.Glossary.heading);
          for (const f of FIELD_IDS) await expect(page.locator(`#field-${f}`)).toHaveText(m.Fields[f].label);
          await expect(page.locator('#term-credit-freeze')).toHaveText(m.Glossary.terms['credit-freeze'].term);
        }
        if (path === '/about/') {
          await expect(page.getByRole('heading', { level: 2, name: m.About.openHeading })).toBeVisible();
          await expect(page.locator('ol.source-list > li').first()).toBeVisible();
        }
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        await screenshot(page, `catalog-${locale}${path.replaceAll('/', '-').replace(/-$/, '')}`);
        watch.assertClean(baseURL!);
      });
    }

    test('the 2021 incident page passes axe and is screenshotted', async ({ page }) => {
      test.slow(); // the longest page: axe and a full-page screenshot take a while on a busy machine
      await page.goto(`/${locale}/incidents/2021-08-cyberattack/`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await screenshot(page, `catalog-${locale}-incident-2021`);
      await page.setViewportSize({ width: 375, height: 800 });
      await screenshot(page, `catalog-${locale}-incident-2021-mobile`);
    });

    test('a glossary link lands on its entry', async ({ page }) => {
      await page.goto(`/${locale}/incidents/2023-01-api/`);
      await page.locator(`a[href="/${locale}/glossary/#field-date_of_birth"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#field-date_of_birth$`));
      await expect(page.locator('#field-date_of_birth')).toBeInViewport();
    });
  });
}

// Newcomer usability findings: dates written once per range, US-style English, « 1er » and « vers le »,
// the results page's "Discovered", sources without internal wording, distinguishable group members.
const WORDING = {
  en: {
    cyber: [/about August 12\s?–\s?14, 2021/, /Discovered/],
    experian: [/Made public\s*October 1, 2015/, /signing up meant a credit check/, /only if you financed a device/],
  },
  fr: {
    cyber: [/vers le 12\s?–\s?14 août 2021/, /Découverte/],
    experian: [/1er octobre 2015/, /Terminée/, /seulement si vous avez financé un appareil/],
  },
} as const;

for (const locale of LOCALES) {
  test(`catalog wording reads naturally in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/incidents/2021-08-cyberattack/`);
    const cyber = (await page.locator('main').innerText()).replace(/\u2009|\u202f/g, ' ');
    for (const re of WORDING[locale].cyber) expect(cyber).toMatch(re);
    expect(cyber).not.toMatch(/seed|started from|origine de ce projet/i);
    expect(cyber).not.toMatch(/\bFound\b/);
    await page.goto(`/${locale}/incidents/2015-09-experian/`);
    const experian = (await page.locator('main').innerText()).replace(/\u2009|\u202f/g, ' ');
    for (const re of WORDING[locale].experian) expect(experian).toMatch(re);
    expect(experian).not.toMatch(/possibly only|peut-être seulement\)/);
  });
}

// The engine's rule for an undisclosed start, said next to the dates of the incidents it applies to.
const UNDISCLOSED = {
  en: /access stopped \(December 2020\), not when it began\. Our check counts the 12 months before the stop as possible too \(December 2019 – December 2020\)/,
  fr: /l’accès a pris fin \(décembre 2020\), pas quand il a commencé\. Notre vérification compte aussi comme possibles les 12 mois avant la fin \(décembre 2019 – décembre 2020\)/,
} as const;

for (const locale of LOCALES) {
  test(`incident pages say how far back an undisclosed start reaches (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/incidents/2020-12-cpni/`);
    const line = page.getByTestId('undisclosed-start');
    const text = (await line.innerText()).replace(/[\u00a0\u2009\u202f]/g, ' ');
    expect(text).toMatch(UNDISCLOSED[locale]);
    // Right under the dates it qualifies.
    await expect(page.locator('dl.incident__dates + p[data-testid="undisclosed-start"]')).toHaveCount(1);
    await page.goto(`/${locale}/incidents/2018-08-account-data/`);
    await expect(page.getByTestId('undisclosed-start')).toContainText(locale === 'en' ? 'August 2018' : 'août 2018');
    await page.goto(`/${locale}/incidents/2021-08-cyberattack/`);
    await expect(page.getByTestId('undisclosed-start')).toHaveCount(0);
  });
}

test('an unknown incident id is a 404', async ({ page }) => {
  const response = await page.goto('/en/incidents/1999-01-nothing/');
  expect(response?.status()).toBe(404);
});

// English descriptions that once reached French pages through the source data (publishers and notes).
const ENGLISH_ON_FRENCH = [
  'copy of an SEC filing',
  'copy of a T\u2011Mobile filing',
  're-post of the T\u2011Mobile statement',
  'T-Mobile support',
  'Settlement website',
  'capture of identitytheft.gov',
  'capture of a page',
  'law firm blog',
  'incident tracker',
  'How sure',
];

test('French incident and about pages show no English description of a source', async ({ page }) => {
  test.slow(); // nine pages
  for (const path of [...INCIDENT_IDS.map((id) => `/fr/incidents/${id}/`), '/fr/about/']) {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect({ path, found: ENGLISH_ON_FRENCH.filter((s) => text.includes(s)) }).toEqual({ path, found: [] });
  }
  // the same sources read in English on English pages, so the check above is not vacuous
  await page.goto('/en/incidents/2021-08-cyberattack/');
  await expect(page.locator('main')).toContainText('CapEdge (copy of a T\u2011Mobile filing with the SEC)');
  await page.goto('/fr/incidents/2021-08-cyberattack/');
  await expect(page.locator('main')).toContainText('CapEdge (copie d’un document déposé par T\u2011Mobile auprès de la SEC');
});

for (const locale of LOCALES) {
  const m = MESSAGES[locale];

  test(`what followed the incidents, in ${locale}: the FCC decree on the pages it covers and on About`, async ({ page }) => {
    test.slow();
    const fcc = m.Catalog.aftermath['fcc-2024'];
    for (const id of ['2021-08-cyberattack', '2023-01-api', '2023-04-pin'] as const) {
      await page.goto(`/${locale}/incidents/${id}/`);
      await expect(page.getByRole('heading', { level: 3, name: fcc.title })).toBeVisible();
      await expect(page.getByText(fcc.unconfirmed)).toHaveCount(id === '2023-04-pin' ? 1 : 0);
    }
    await page.goto(`/${locale}/incidents/2019-11-prepaid/`);
    await expect(page.getByRole('heading', { level: 3, name: fcc.title })).toHaveCount(0);
    await page.goto(`/${locale}/about/`);
    await expect(page.getByRole('heading', { level: 3, name: fcc.title })).toBeVisible();
    await expect(page.locator('main')).toContainText(m.About.minor['2024-11-salt-typhoon'].slice(0, 30));
    for (const href of await page.locator('.source-refs a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      await expect(page.locator(href!)).toHaveCount(1);
  });

  test(`a data name links to the glossary in one tap and Back returns to the same place, in ${locale}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/incidents/2021-08-cyberattack/`);
    const link = page.locator(`section.population a[href="/${locale}/glossary/#field-imsi"]`).first();
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(300);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#field-imsi$`));
    await expect(page.locator('#field-imsi')).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${locale}/incidents/2021-08-cyberattack/$`));
    await expect(link).toBeInViewport();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(5);
  });

  test(`incident pages on a phone and on a desktop, keyboard only and print, in ${locale}`, async ({ page }) => {
    test.setTimeout(180_000); // six full-page screenshots, a print and a PDF
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const id of ['2021-08-cyberattack', '2015-09-experian', '2023-04-pin'] as const) {
        await page.goto(`/${locale}/incidents/${id}/`);
        // nothing wider than the screen
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ id, width, overflow }).toEqual({ id, width, overflow: 0 });
        await screenshot(page, `catalog-${locale}-${id}-${width}`);
      }
    }
    await page.goto(`/${locale}/about/`);
    await screenshot(page, `catalog-${locale}-about-1280`);
    // keyboard only: Tab reaches the first data name of a group, Enter follows it
    await page.goto(`/${locale}/incidents/2023-01-api/`);
    const target = `/${locale}/glossary/#field-name`;
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate((href) => document.activeElement?.getAttribute('href') === href, target);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    // print: the whole page, sources included, fits in a PDF
    await page.goto(`/${locale}/incidents/2021-08-cyberattack/`);
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, `catalog-${locale}-2021-print`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
}
