// The one model of time: the only module that turns answers ("2019-03",
// "2019", "unknown", "present") and catalog dates ("2021-08", windows with
// their edges) into months. The engine decides with it, the schema validates
// with it, and the assessment hands its results (as ISO months) to the
// results page, so the timeline draws exactly what the verdicts used.
//
// A month is an integer index (year * 12 + month - 1): comparisons and ranges
// are plain number operations; it becomes an ISO "YYYY-MM" only for output.
// No Date parsing of answers: they are locale-free codes, never locale text.
//
// Three kinds of month ranges, for relationships and incident windows alike:
// - possible: every month it may have covered;
// - certain ("touched"): months it certainly covered, on at least one day;
// - whole: months it certainly covered from the first day to the last.
// A relationship and an incident certainly met when one of them certainly
// covered a whole month the other certainly touched. Anything less is only a
// possible meeting: that is the one rule for every edge month, whether the
// edge is the person's (joined in August 2021) or the sources' (about 25
// November 2022).

import type { Membership, YearMonth } from './catalog/types';

/** The earliest month an answer may name: T-Mobile US (as VoiceStream/Omnipoint) did not exist before. */
export const EARLIEST_YEAR = 1994;
const EARLIEST_MONTH: MonthIndex = EARLIEST_YEAR * 12;

/**
 * When the sources give only the month an incident's access STOPPED, how many
 * months before it a relationship still counts as possibly concerned. Our
 * rule, not the sources': twelve months is eight times the longest access any
 * source dates for a T-Mobile incident (about six weeks, 25 November 2022 to
 * 5 January 2023), so a longer undisclosed access is unlikely but not ruled
 * out; before that, "not affected" rests on dates, not on silence.
 */
export const UNDISCLOSED_START_REACH_MONTHS = 12;

/** year * 12 + (month - 1) */
export type MonthIndex = number;

/** An inclusive range of months; empty when from > to. */
export type MonthRange = { readonly from: MonthIndex; readonly to: MonthIndex };

/** An inclusive range of months as ISO year-months, for output. */
export type MonthSpan = { readonly from: YearMonth; readonly to: YearMonth };

export function monthIndex(year: number, month: number): MonthIndex {
  return year * 12 + (month - 1);
}

export function yearOf(index: MonthIndex): number {
  return Math.floor(index / 12);
}

export function monthOf(index: MonthIndex): number {
  return (index % 12) + 1;
}

export function toYearMonth(index: MonthIndex): YearMonth {
  const year = String(yearOf(index)).padStart(4, '0');
  const month = String(monthOf(index)).padStart(2, '0');
  return `${year}-${month}` as YearMonth;
}

export function toSpan(range: MonthRange): MonthSpan;
export function toSpan(range: MonthRange | null): MonthSpan | null;
export function toSpan(range: MonthRange | null): MonthSpan | null {
  return range === null ? null : { from: toYearMonth(range.from), to: toYearMonth(range.to) };
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a catalog or answer "YYYY-MM"; null when malformed or the month is not 01..12. */
export function parseYearMonth(value: string): MonthIndex | null {
  const match = YEAR_MONTH.exec(value);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return monthIndex(Number(match[1]), month);
}

/** A catalog date "YYYY", "YYYY-MM" or "YYYY-MM-DD" -> the months it may mean; null when unreadable. */
export function partialDateMonths(value: string): MonthRange | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { from: monthIndex(year, 1), to: monthIndex(year, 12) };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const index = monthIndex(year, month);
  return { from: index, to: index };
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
 * earliest start to now; "present" is now. Known dates bound unknown ones: a
 * relationship cannot end before it began, nor begin after it ended, so an
 * unknown start never runs past the latest end and an unknown end never
 * begins before the earliest start.
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
  const startCut = { from: startRaw.from, to: Math.max(startRaw.from, Math.min(startRaw.to, now)) };
  const endRaw = rawRangeOf(to ?? { kind: 'unknown' }, now);
  const endFrom = Math.max(endRaw.from, startCut.from);
  const end = { from: endFrom, to: Math.max(endFrom, Math.min(endRaw.to, now)) };
  const start = { from: startCut.from, to: Math.max(startCut.from, Math.min(startCut.to, end.to)) };
  return { start, end };
}

/** The months of one relationship, as the engine and the timeline read them. */
export type RelationshipMonths = {
  /** months it may have started in */
  readonly start: MonthRange;
  /** months it may have ended in (now, when still going on) */
  readonly end: MonthRange;
  /** from its earliest possible start to its latest possible end */
  readonly possible: MonthRange;
  /** months it certainly covered on at least one day; null when no month is certain */
  readonly certain: MonthRange | null;
  /** months it certainly covered from the first day to the last; null when none */
  readonly whole: MonthRange | null;
};

/**
 * A relationship's months. The start month is certain but partial (it may
 * have begun on the 31st); so is the end month, unless the relationship is
 * still going on ("present"): then it is whole up to now.
 */
export function relationshipMonths(
  from: DateAnswerShape,
  to: DateAnswerShape | undefined,
  now: MonthIndex,
): RelationshipMonths {
  const { start, end } = relationshipRanges(from, to, now);
  return monthsOfRanges(start, end, to?.kind === 'present');
}

/** The months of a relationship from its start and end ranges (see relationshipMonths). */
export function monthsOfRanges(start: MonthRange, end: MonthRange, ongoing: boolean): RelationshipMonths {
  const certain = start.to <= end.from ? { from: start.to, to: end.from } : null;
  const wholeTo = ongoing ? end.from : end.from - 1;
  const whole = start.to + 1 <= wholeTo ? { from: start.to + 1, to: wholeTo } : null;
  return { start, end, possible: { from: start.from, to: end.to }, certain, whole };
}

/**
 * The Sprint merger in months (sources in the catalog's fact sheet, section
 * 11): Sprint became part of T-Mobile on 1 April 2020; Boost and Sprint
 * prepaid went to DISH on 1 July 2020, so June 2020 is the last month a
 * Boost customer was a T-Mobile group customer; Sprint accounts moved to
 * T-Mobile billing from January 2022 to June 2023.
 */
export const SPRINT = {
  merger: monthIndex(2020, 4),
  lastBoostMonth: monthIndex(2020, 6),
  move: { from: monthIndex(2022, 1), to: monthIndex(2023, 6) },
} as const;

/**
 * The months of a catalog time window, with its edges read by the one rule:
 * the first and last months of a window are partial (the sources date most
 * windows to a day inside them, e.g. "about 25 Nov 2022", "20 Aug 2018")
 * unless the catalog says the window covers that whole month.
 */
export type WindowMonths = {
  /** months the sources date the window to: each certainly touched, at least in part */
  readonly dated: MonthRange;
  /** months certainly covered in full; null when even the only month is cut */
  readonly whole: MonthRange | null;
  /** every month the window may concern: `dated`, reaching back before an undisclosed start */
  readonly possible: MonthRange;
  /** the sources give only when access stopped (see UNDISCLOSED_START_REACH_MONTHS) */
  readonly startUndisclosed: boolean;
};

function windowOf(
  from: MonthIndex,
  to: MonthIndex,
  edges: { fromWhole?: boolean; toWhole?: boolean; startUndisclosed?: boolean; notBefore?: MonthIndex | null },
): WindowMonths {
  const wholeFrom = edges.fromWhole && !edges.startUndisclosed ? from : from + 1;
  const wholeTo = edges.toWhole ? to : to - 1;
  const startUndisclosed = edges.startUndisclosed === true;
  return {
    dated: { from, to },
    whole: wholeFrom <= wholeTo ? { from: wholeFrom, to: wholeTo } : null,
    possible: {
      from: startUndisclosed
        ? Math.min(from, Math.max(from - UNDISCLOSED_START_REACH_MONTHS, edges.notBefore ?? 0))
        : from,
      to,
    },
    startUndisclosed,
  };
}

/**
 * The window of a membership rule, in months:
 * - active-during: the months of the window itself;
 * - began-by: the months the relationship must have begun in (`since`..`by`);
 * - ended-by and no-window: the `by` month alone (what they say is "before
 *   `by`", which the engine reads from the relationship's own months).
 * Catalog months are validated by the catalog's schema; a malformed one falls
 * back to the widest reading (from 1994, up to now) rather than excluding anyone.
 */
export function membershipWindow(membership: Membership, now: MonthIndex): WindowMonths {
  const month = (value: string, fallback: MonthIndex) => parseYearMonth(value) ?? fallback;
  switch (membership.kind) {
    case 'active-during':
      return windowOf(month(membership.from, EARLIEST_MONTH), month(membership.to, now), {
        fromWhole: membership.fromWholeMonth === true,
        toWhole: membership.toWholeMonth === true,
        startUndisclosed: membership.startUndisclosed === true,
        notBefore: membership.notBefore === undefined ? null : parseYearMonth(membership.notBefore),
      });
    case 'began-by': {
      const since = membership.since === undefined ? EARLIEST_MONTH : month(membership.since, EARLIEST_MONTH);
      // With no `since`, any start counts: the earliest month is not an edge.
      return windowOf(since, month(membership.by, now), {
        fromWhole: membership.since === undefined || membership.sinceWholeMonth === true,
      });
    }
    case 'ended-by':
    case 'no-window': {
      const by = month(membership.by, now);
      return windowOf(by, by, {});
    }
  }
}

export function intersect(a: MonthRange, b: MonthRange): MonthRange | null {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** The overlap of two ranges that may be absent. */
export function meet(a: MonthRange | null, b: MonthRange | null): MonthRange | null {
  return a === null || b === null ? null : intersect(a, b);
}

/** The smallest range holding both (absent ranges are ignored). */
export function hull(a: MonthRange | null, b: MonthRange | null): MonthRange | null {
  if (a === null) return b;
  if (b === null) return a;
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}
