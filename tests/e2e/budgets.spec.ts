import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';

// Deterministic budgets on the built files: the same measurement as `npm run bench`
// (scripts/page-weight.mjs), run as a command because it is an ES module.
type Report = {
  budgets: { contentJsKb: number; formJsKb: number; htmlKb: number };
  pages: { path: string; kind: string; jsGzip: number; htmlGzip: number; jsBudgetKb: number; scripts: number }[];
};

test('JavaScript and HTML stay within budget on every measured page', () => {
  const report = JSON.parse(execFileSync('node', ['scripts/page-weight.mjs'], { encoding: 'utf8' })) as Report;
  expect(report.pages.length).toBeGreaterThanOrEqual(12);
  const over: string[] = [];
  for (const page of report.pages) {
    expect(page.scripts, `${page.path} loads scripts`).toBeGreaterThan(0);
    const js = page.jsGzip / 1000;
    const html = page.htmlGzip / 1000;
    if (js > page.jsBudgetKb) over.push(`${page.path}: JS ${js.toFixed(1)} KB gz > ${page.jsBudgetKb} KB`);
    if (html > report.budgets.htmlKb)
      over.push(`${page.path}: HTML ${html.toFixed(1)} KB gz > ${report.budgets.htmlKb} KB`);
  }
  expect(over).toEqual([]);
});
