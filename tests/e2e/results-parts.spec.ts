import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from './helpers';

/**
 * The results page is drawn a part per frame so that no task is long: the
 * summary first, then the checklist, the incidents, the exposed data, the
 * rest. Nothing a person does may notice it: a link to a part not drawn yet
 * lands on its target, and printing prints the whole page.
 */
const PHONE = { width: 390, height: 844 };
const FRAGMENT = 'v1;postpaid.2015-01.present';
const PARTS = [
  ['results-basis', 'results-summary'],
  ['results-checklist'],
  ['results-incidents'],
  ['results-data'],
  ['results-timeline', 'results-takeaway', 'results-forget', 'print-only'],
];

const OTHER_FRAGMENT = 'v1;prepaid.2022-01.present';

/** Which sections of the results arrived, in which frame (recorded by the init script below), against the parts expected. */
async function expectInParts(page: Page, parts: string[][]) {
  const arrivals = await page.evaluate(() => (window as unknown as { arrivals: [string, number][] }).arrivals);
  expect(arrivals.map(([name]) => name)).toEqual(parts.flat());
  const frameOf = (name: string) => arrivals.find(([n]) => n === name)![1];
  let previous = -1;
  for (const [first, ...others] of parts) {
    const frame = frameOf(first!);
    for (const name of others) expect(frameOf(name), `${name} with ${first}`).toBe(frame);
    expect(frame, `${first} a frame after the part before`).toBeGreaterThan(previous);
    previous = frame;
  }
}

/**
 * Opens the results with the page's clock stopped, then moves it on only
 * until the summary is drawn: the rest waits for frames that do not come.
 */
async function openWithSummaryOnly(page: Page, locale: string) {
  // Today's date: the answers' months must not be in the future.
  const now = Date.now();
  await page.clock.install({ time: now });
  await page.clock.pauseAt(now + 1000);
  await page.goto(`/${locale}/results/#${FRAGMENT}`);
  const summary = page.locator('[data-testid="summary-sentence"]');
  // A millisecond at a time, for as long as the files take to arrive.
  for (const end = Date.now() + 10_000; Date.now() < end && !(await summary.isVisible());) await page.clock.runFor(1);
  await expect(summary).toBeVisible();
  await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.results-checklist')).toHaveCount(0);
}

for (const locale of LOCALES) {
  test.describe(`results drawn in parts (${locale})`, () => {
    test.use({ viewport: PHONE });

    test('the summary comes first and each next part a frame later, in reading order, also for other answers', async ({
      page,
    }) => {
      // Which frame each section of the results arrived in, counted from the first frame.
      await page.addInitScript(() => {
        const w = window as unknown as { arrivals: [string, number][] };
        w.arrivals = [];
        let frame = 0;
        const tick = () => {
          frame++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        new MutationObserver((records) => {
          for (const r of records)
            for (const n of r.addedNodes) {
              if (!(n instanceof HTMLElement)) continue;
              // The first part arrives inside the results' own element.
              const added = n.classList.contains('results')
                ? [...n.children]
                : n.parentElement?.classList.contains('results')
                  ? [n]
                  : [];
              for (const el of added) w.arrivals.push([el.classList[0] ?? el.tagName, frame]);
            }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`/${locale}/results/#${FRAGMENT}`);
      await expect(page.locator('.results-forget')).toBeVisible();
      await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
      await expectInParts(page, PARTS);
      // Other answers in the same tab: the summary is redrawn in place, the other parts come again one by one.
      await page.evaluate(() => ((window as unknown as { arrivals: [string, number][] }).arrivals = []));
      await page.evaluate((fragment) => (location.hash = fragment), OTHER_FRAGMENT);
      await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'true');
      await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
      await expectInParts(page, PARTS.slice(1));
    });

    test('a link to a part not drawn yet draws it and lands on its target', async ({ page }) => {
      await openWithSummaryOnly(page, locale);
      const link = page.locator('.results-summary a[href*=";@action-"]').first();
      const id = (await link.getAttribute('href'))!.split(';@')[1];
      await link.click();
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeFocused();
      await expect(target).toBeInViewport();
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${FRAGMENT}`);
      await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
    });

    test('printing before the page is all drawn prints all of it, every action open', async ({ page }) => {
      await openWithSummaryOnly(page, locale);
      // Chromium fires beforeprint and afterprint around page.pdf(), as for the Print menu.
      const pdf = await page.pdf({ format: 'A4' });
      await expect(page.locator('.results')).not.toHaveAttribute('aria-busy');
      mkdirSync('test-results', { recursive: true });
      const file = `test-results/results-parts-${locale}.pdf`;
      writeFileSync(file, pdf);
      const flat = (s: string) => s.replace(/[\s‐-]+/g, '');
      const printed = flat(execFileSync('pdftotext', ['-layout', file, '-']).toString());
      for (const text of [
        await page.locator('.results-data h2').textContent(),
        await page.locator('.results > p.print-only').textContent(),
        await page.locator('.action__steps li').last().textContent(),
      ])
        expect(printed, 'a part missing from the PDF').toContain(flat(text!));
    });
  });
}
