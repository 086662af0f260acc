import type { YearMonth } from '../catalog/types';

/** Months counted from year 0: "2021-08" -> 2021*12 + 7. Integer arithmetic keeps comparisons exact. */
export type MonthIndex = number;

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

/** "YYYY-MM" -> index; anything else -> null. */
export function parseYearMonth(value: string | undefined): MonthIndex | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(m[1]), month);
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> the first and last month it may mean; null when unreadable. */
export function parsePartialDate(value: string | undefined): { first: MonthIndex; last: MonthIndex } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: monthIndex(year, 1), last: monthIndex(year, 12) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const i = monthIndex(year, month);
  return { first: i, last: i };
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

export function toYearMonth(index: MonthIndex): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${String(month).padStart(2, '0')}` as YearMonth;
}

/** "2024-05-17" (the assessment's asOf) -> its month; falls back to null on garbage. */
export function monthOfIsoDate(iso: string): MonthIndex | null {
  return parseYearMonth(iso.slice(0, 7));
}
