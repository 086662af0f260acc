// Pure month arithmetic for answers. A month is handled as an integer index
// (year * 12 + month - 1) so that comparisons and ranges are plain number
// operations; it is turned back into an ISO "YYYY-MM" only for output.
// No Date parsing of answers: they are locale-free codes, never locale text.

import type { YearMonth } from '../catalog/types';

/** The earliest month an answer may name: T-Mobile US (as VoiceStream/Omnipoint) did not exist before. */
export const EARLIEST_YEAR = 1994;
export const EARLIEST_MONTH: MonthIndex = EARLIEST_YEAR * 12;

/** year * 12 + (month - 1) */
export type MonthIndex = number;

/** An inclusive range of months; empty when from > to. */
export type MonthRange = { readonly from: MonthIndex; readonly to: MonthIndex };

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

export function monthOf(index: MonthIndex): number {
  return (index % 12) + 1;
}

export function addMonths(index: MonthIndex, months: number): MonthIndex {
  return index + months;
}

export function toYearMonth(index: MonthIndex): YearMonth {
  const year = String(yearOf(index)).padStart(4, '0');
  const month = String(monthOf(index)).padStart(2, '0');
  return `${year}-${month}` as YearMonth;
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a catalog or answer "YYYY-MM"; null when malformed or the month is not 01..12. */
export function parseYearMonth(value: string): MonthIndex | null {
  const match = YEAR_MONTH.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(match[1]), month);
}

/** true when `value` is a real calendar day "YYYY-MM-DD". */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone drift).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** "YYYY-MM-DD" of a Date in the local calendar (what "today" means to the person). */
export function isoDayOf(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The month of an "as of" date: a Date (local calendar), an ISO day
 * "YYYY-MM-DD" or an ISO month "YYYY-MM". Null when the string is malformed.
 * Absent means now.
 */
export function currentMonth(asOf?: Date | string): MonthIndex | null {
  if (asOf === undefined) return currentMonth(new Date());
  if (asOf instanceof Date) {
    if (Number.isNaN(asOf.getTime())) return null;
    return monthIndex(asOf.getFullYear(), asOf.getMonth() + 1);
  }
  if (isIsoDay(asOf)) return parseYearMonth(asOf.slice(0, 7));
  return parseYearMonth(asOf);
}

/**
 * What a date answer says, before it is checked against "now":
 * - exact: one month;
 * - year: any month of that year;
 * - unknown: the person does not remember;
 * - present: still ongoing (only valid as `to`).
 */
export type DateAnswerShape =
  | { readonly kind: 'exact'; readonly month: MonthIndex }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'present' };

export type DateShapeError = 'date-malformed' | 'month-out-of-range';

/** Reads "YYYY-MM" | "YYYY" | "unknown" | "present" without any judgement about time. */
export function readDateAnswer(
  value: string,
): { ok: true; shape: DateAnswerShape } | { ok: false; code: DateShapeError } {
  if (value === 'unknown') return { ok: true, shape: { kind: 'unknown' } };
  if (value === 'present') return { ok: true, shape: { kind: 'present' } };
  const yearOnly = YEAR_ONLY.exec(value);
  if (yearOnly) return { ok: true, shape: { kind: 'year', year: Number(yearOnly[1]) } };
  const yearMonth = YEAR_MONTH.exec(value);
  if (!yearMonth) return { ok: false, code: 'date-malformed' };
  const month = Number(yearMonth[2]);
  if (month < 1 || month > 12) return { ok: false, code: 'month-out-of-range' };
  return { ok: true, shape: { kind: 'exact', month: monthIndex(Number(yearMonth[1]), month) } };
}

/** Earliest and latest month a date answer can mean, not yet clamped to any "now". */
export function rawRangeOf(shape: DateAnswerShape, now: MonthIndex): MonthRange {
  switch (shape.kind) {
    case 'exact':
      return { from: shape.month, to: shape.month };
    case 'year':
      return { from: monthIndex(shape.year, 1), to: monthIndex(shape.year, 12) };
    case 'unknown':
      return { from: EARLIEST_MONTH, to: now };
    case 'present':
      return { from: now, to: now };
  }
}

/**
 * The months a relationship's start (`from`) and end (`to`) can be, given
 * "now". A year-only date covers the whole year (cut at now); an unknown start
 * is any month from 1994; an unknown or absent end is any month from the
 * earliest start to now; "present" is now. The end range never begins before
 * the start range (a relationship cannot end before it began).
 */
export function relationshipRanges(
  from: DateAnswerShape,
  to: DateAnswerShape | undefined,
  now: MonthIndex,
): { start: MonthRange; end: MonthRange } {
  const startRaw = rawRangeOf(from.kind === 'present' ? { kind: 'unknown' } : from, now);
  // Cut at now, but never invert a range: answers are validated against now,
  // so a start after now only happens when a caller assesses as of an earlier
  // date; the relationship then stays where the person put it.
  const start = { from: startRaw.from, to: Math.max(startRaw.from, Math.min(startRaw.to, now)) };
  const endRaw = rawRangeOf(to ?? { kind: 'unknown' }, now);
  const endFrom = Math.max(endRaw.from, start.from);
  const end = { from: endFrom, to: Math.max(endFrom, Math.min(endRaw.to, now)) };
  return { start, end };
}

export function intersect(a: MonthRange, b: MonthRange): MonthRange | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
}

export function isEmpty(range: MonthRange): boolean {
  return range.from > range.to;
}

export function contains(outer: MonthRange, inner: MonthRange): boolean {
  return !isEmpty(inner) && outer.from <= inner.from && inner.to <= outer.to;
}
