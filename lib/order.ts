/**
 * Orders codes (ISO dates, ids) by their characters. Not localeCompare: these
 * are not words, and localeCompare builds a collator on every call, tens of
 * milliseconds on a phone when the results page sorts its incidents.
 */
export function byCode(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}
