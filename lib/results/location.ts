/**
 * Places inside the results page, written into the fragment after the
 * answers: `#v1;postpaid.2016.present;@checklist`. The answers must stay in
 * the fragment for a link to keep showing the results (clicked, opened in a
 * new tab, copied), so an in-page link cannot be a bare `#checklist`.
 *
 * Backward compatible by construction: the target is an optional last
 * segment that starts with `@`, a character no answer segment can hold, so
 * every link made before it existed reads exactly as before.
 */
const TARGET_MARK = '@';
const TARGET = /^[A-Za-z][A-Za-z0-9_-]{0,79}$/;

export type ResultsFragment = {
  /** the answers part, without `#`, as given (decoded by lib/answers) */
  answers: string;
  /** an element id on the page, or null */
  target: string | null;
};

/** Splits `#v1;...;@id` into the answers and the place. Never throws. */
export function splitResultsFragment(hash: string): ResultsFragment {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  // Some apps percent-encode fragments when sharing links ("%3B%40checklist").
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return { answers: text, target: null };
    }
  }
  const cut = text.lastIndexOf(`;${TARGET_MARK}`);
  if (cut < 0) return { answers: text, target: null };
  const target = text.slice(cut + 2);
  return TARGET.test(target) ? { answers: text.slice(0, cut), target } : { answers: text, target: null };
}

/** A fragment that is an element id alone (`#main-content`), as written by links outside the results page's own. */
export function bareTarget(hash: string): string | null {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  return TARGET.test(text) && !/^v\d+$/i.test(text) ? text : null;
}

/** The in-page link to `target` that keeps the answers: `#<answers>;@<target>`. */
export function targetHref(answersFragment: string, target: string): string {
  return `#${answersFragment};${TARGET_MARK}${target}`;
}
