// French writes the first day of a month as an ordinal: « 1er octobre 2015 »,
// never « 1 octobre 2015 ». Intl has no option for it, so dates formatted from
// data pass through this helper. Pure string work: usable by any page.

const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
// A lone "1" (start of text, or after a space or a range dash) followed by a space and a month name.
const FIRST_OF_MONTH = new RegExp(`(^|[\\s\\u00a0\\u202f–-])1(?=[\\s\\u00a0\\u202f]+(?:${FR_MONTHS})\\b)`, 'gu');
// "1–14 août": the 1 opens a day range whose month comes after the second day.
const FIRST_IN_RANGE = /(^|[\s\u00a0\u202f])1(?=[\u00a0\u202f ]?[–-][\u00a0\u202f ]?\d)/gu;

/** "1 octobre 2015" → "1er octobre 2015"; other locales and days are returned unchanged. */
export function withFrenchFirstOfMonth(text: string, locale: string): string {
  if (!locale.toLowerCase().startsWith('fr')) return text;
  return text.replace(FIRST_OF_MONTH, '$11er').replace(FIRST_IN_RANGE, '$11er');
}
