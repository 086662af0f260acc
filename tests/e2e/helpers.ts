import { expect, type Page, type Request } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const LOCALES = ['en', 'fr'] as const;

/** axe rules checked on every page and state: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Saves a full-page screenshot under test-results/screenshots/ (looked at by people, not diffed). */
export async function screenshot(page: Page, name: string) {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Records every request, console error and CSP violation of a page. Call
 * before navigating; `assertClean()` fails on anything leaving the site's own
 * origin, any console error (missing messages included) and any CSP violation.
 */
export function watchPage(page: Page) {
  const requests: Request[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => requests.push(r));
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /MISSING_MESSAGE|Content Security Policy/i.test(text)) consoleErrors.push(text);
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  return {
    requests,
    consoleErrors,
    assertClean(origin: string) {
      const foreign = requests.map((r) => r.url()).filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:'));
      expect(foreign, 'requests that left the site').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
  };
}

/** Listens for CSP violations inside the page (installed before any script runs). */
export async function trapCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
