import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cspViolations, trapCspViolations, watchPage, WCAG_TAGS } from './helpers';

const OUT = join(__dirname, '..', '..', 'out');

/** Every page of the static export, found on disk so a new page is covered without editing this file. */
function builtPages(dir = OUT): string[] {
  const pages: string[] = [];
  for (const name of readdirSync(dir)) {
    const abs = join(dir, name);
    if (name === '_next' || name === '_not-found' || name === '404') continue;
    if (statSync(abs).isDirectory()) pages.push(...builtPages(abs));
    else if (name === 'index.html')
      pages.push(
        '/' +
          relative(OUT, dir)
            .split(sep)
            .filter(Boolean)
            .map((s) => s + '/')
            .join(''),
      );
  }
  return pages.sort();
}

const pages = builtPages().filter((p) => p !== '/'); // "/" redirects at once; tested in site.spec.ts

test('the export has both locales of every page', () => {
  const en = pages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
  const fr = pages.filter((p) => p.startsWith('/fr/')).map((p) => p.slice(3));
  expect(en.length).toBeGreaterThan(1);
  expect(fr).toEqual(en);
});

for (const path of pages) {
  test(`${path}: strict CSP holds, nothing leaves the site, no console error, no axe violation`, async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page);
    await trapCspViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    watch.assertClean(baseURL!);
    expect(await page.context().cookies()).toEqual([]);
  });
}
