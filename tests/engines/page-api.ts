/**
 * The small page API every engine adapter exposes, so one list of journeys
 * runs unchanged in Chromium, Firefox and WebKit. Elements are found inside
 * the page by role and accessible name (the words come from messages/*.json),
 * or by CSS for the few things that have no role, with the same script in
 * every engine: an engine difference then shows up as a failed journey, not
 * as a difference between two test tools.
 */

export type EngineName = 'chromium' | 'firefox' | 'webkit';

type Role = 'button' | 'link' | 'checkbox' | 'textbox' | 'heading' | 'alert' | 'status' | 'group' | 'region';

/** What to find. `name` matches the accessible name exactly, or its start with `prefix: true`. */
export type Query =
  | { role: Role; name?: string; prefix?: boolean; level?: number; nth?: number; within?: Query; focused?: boolean }
  | { css: string; name?: string; prefix?: boolean; nth?: number; within?: Query; focused?: boolean };

export interface EnginePage {
  readonly engine: EngineName;
  /** Loads a path of the site (or a full URL) and waits for the load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  back(): Promise<void>;
  url(): Promise<string>;
  /** Asks for a window of this size; returns the viewport the engine really gave (WebKitGTK has a minimum width). */
  setViewport(width: number, height: number): Promise<{ width: number; height: number }>;
  /** Runs a JavaScript expression (a string, so no test-runner transform leaks into the page) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Waits for the element, then clicks it with the engine's own input events. */
  click(q: Query): Promise<void>;
  /** Waits for the element, gives it focus and presses Enter: how a keyboard user follows a link (a skip link has no size until focused). */
  pressEnter(q: Query): Promise<void>;
  /** Waits for the text box, empties it and types the text with key events. */
  fill(q: Query, text: string): Promise<void>;
  /** Number of visible elements matching (no waiting). */
  count(q: Query): Promise<number>;
  /** Saves a full-page PNG under test-results/screenshots/<engine>/. */
  screenshot(name: string): Promise<void>;
  /** Returns a PDF of the page as printed, or the reason this engine's driver cannot print. */
  pdf(): Promise<Buffer | { unsupported: string }>;
  /** CSP violations and uncaught page errors seen since the last call, from every document loaded. */
  takeProblems(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Installed before any script of each document (a preload script in
 * Chromium and Firefox, the first script of the HTML in WebKit): records CSP
 * violations and uncaught errors for takeProblems().
 */
export const WATCH_SCRIPT = `(() => {
  if (window.__engineWatch) return;
  const seen = (window.__engineWatch = []);
  document.addEventListener('securitypolicyviolation', (e) => seen.push('CSP: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber), true);
  window.addEventListener('error', (e) => seen.push('page error: ' + e.message + (e.error && e.error.stack ? ' ' + e.error.stack : '') + ' at ' + e.filename + ':' + e.lineno), true);
  window.addEventListener('unhandledrejection', (e) => seen.push('unhandled rejection: ' + String(e.reason && e.reason.stack ? e.reason.stack : e.reason)));
})();`;

/** Expression that returns (and empties) what WATCH_SCRIPT recorded in the current document. */
export const TAKE_WATCHED = `(() => { const w = window.__engineWatch; if (!w) return ['watch script missing from ' + location.href]; return w.splice(0, w.length); })()`;

/**
 * A plain-JavaScript function (as text, evaluated in the page) that returns
 * the visible elements matching a Query, in document order. The accessible
 * name is the subset of the ARIA rules this site's markup uses:
 * aria-labelledby, aria-label, <label for>, then the text content.
 */
const FIND_ALL = `function findAll(q) {
  const norm = (s) => (s || '').replace(/[\\u00a0\\u202f]/g, ' ').replace(/\\u2011/g, '-').replace(/\\s+/g, ' ').trim();
  const visible = (el) => (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0);
  const text = (el) => norm(el.textContent);
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return norm(by.split(/\\s+/).map((id) => { const t = document.getElementById(id); return t ? t.textContent : ''; }).join(' '));
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
    return text(el);
  };
  const selectors = {
    button: 'button, input[type=submit], input[type=button], [role=button]',
    link: 'a[href], [role=link]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    textbox: 'input:not([type]), input[type=text], input[type=email], input[type=search], input[type=tel], input[type=url], textarea, [role=textbox]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    alert: '[role=alert]',
    status: '[role=status], output',
    group: 'fieldset, [role=group], details',
    region: 'section[aria-labelledby], section[aria-label], [role=region]',
  };
  const roots = q.within ? findAll(q.within) : [document];
  const found = [];
  for (const root of roots) {
    const css = q.css || selectors[q.role];
    for (const el of root.querySelectorAll(css)) {
      if (found.includes(el)) continue;
      if (!visible(el) && !(el.type === 'checkbox' && el.labels && [...el.labels].some(visible))) continue;
      if (q.level && el.tagName !== 'H' + q.level) continue;
      if (q.focused && el !== document.activeElement) continue;
      if (q.name !== undefined) {
        const n = name(el);
        const wanted = norm(q.name);
        if (q.prefix ? !n.startsWith(wanted) : n !== wanted) continue;
      }
      found.push(el);
    }
  }
  return found;
}`;

/** Expression that returns the nth match of a query, or null. */
export const findOne = (q: Query) => `(${FIND_ALL})(${JSON.stringify(q)})[${q.nth ?? 0}] || null`;
export const countAll = (q: Query) => `(${FIND_ALL})(${JSON.stringify(q)}).length`;

/** Expression that returns a property of the nth match (undefined when there is none). */
export const propertyOf = (q: Query, property: string) =>
  `((el) => el ? el[${JSON.stringify(property)}] : undefined)(${findOne(q)})`;

export function describe(q: Query): string {
  const what = 'css' in q ? `css ${q.css}` : `${q.role}${q.level ? ` h${q.level}` : ''}`;
  const name = q.name !== undefined ? ` "${q.name}"${q.prefix ? '…' : ''}` : '';
  return `${what}${name}${q.nth ? ` #${q.nth}` : ''}${q.focused ? ' (focused)' : ''}${q.within ? ` in ${describe(q.within)}` : ''}`;
}

/** Polls `probe` until it returns a value other than null/undefined/false, or fails with `what` after `timeout` ms. */
export async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const end = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value as T;
    } catch (err) {
      // A navigation in progress destroys the page's context: try again.
      lastError = err;
    }
    if (Date.now() > end)
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
