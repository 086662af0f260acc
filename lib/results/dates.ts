/**
 * ISO partial dates ("2021", "2021-08", "2021-08-16") as a Date plus how much
 * of it is known, so the page formats each at its own precision (never
 * inventing a day or a month). UTC, so the day never shifts with the reader's
 * time zone.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export function readPartialDate(iso: string | undefined): { date: Date; precision: DatePrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const precision: DatePrecision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { date: new Date(Date.UTC(year, month - 1, day)), precision };
}

export const DATE_FORMATS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<DatePrecision, Intl.DateTimeFormatOptions>;
