// The site's one date formatter: incident pages, the results page (timeline,
// reasons, exposed data, print) and the questionnaire's review step all write
// dates through here, and nothing else calls Intl.DateTimeFormat. Pure: a
// locale and ISO data in, text out, so server pages, client components and
// the node tests format alike.
//
// Dates are ISO partial dates ("2021", "2021-08", "2021-08-16") and are
// written at their own precision: a year stays a year, a month never gets a
// day. Intl is used at noon UTC, so no reader's time zone moves a day.
// Ranges go through formatRange, so what two ends share is written once
// ("August 12–14, 2021", « 12–14 août 2021 », "August – October 2021").
//
// Words around dates ("about", « vers le », "in", « en ») stay in messages;
// this module only writes the dates themselves.

import type { DateFact } from './catalog/types';
import { type MonthIndex, type MonthSpan, monthOf, yearOf } from './months';

type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A readable ISO partial date: its Date (noon UTC) and precision; null when malformed or impossible. */
function readPartialDate(iso: string): { date: Date; precision: DatePrecision } | null {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  // 31 April rolls over to 1 May: not a date.
  if (date.getUTCMonth() !== month - 1) return null;
  const precision: DatePrecision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
  return { date, precision };
}

/** "day" for "2021-08-16", "month" for "2021-08", "year" otherwise. */
function datePrecision(iso: string): DatePrecision {
  return readPartialDate(iso)?.precision ?? 'year';
}

const OPTIONS = {
  year: { timeZone: 'UTC', year: 'numeric' },
  month: { timeZone: 'UTC', year: 'numeric', month: 'long' },
  day: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<DatePrecision, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

// The same few hundred dates are drawn again on every render of the results
// page, and formatToParts is slow on a phone: each text is worked out once.
const texts = new Map<string, string>();
function remembered(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    texts.set(key, text);
  }
  return text;
}

const isFrench = (locale: string) => locale.toLowerCase().startsWith('fr');

/**
 * Joins Intl's parts, writing the first day of a month as French does:
 * « 1er juin 2023 », « 1er–3 octobre 2015 » (Intl has no option for it).
 */
function join(parts: readonly Intl.DateTimeFormatPart[], locale: string): string {
  const french = isFrench(locale);
  return parts.map((p) => (french && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/**
 * An ISO partial date in words at its own precision: "2020", "August 2021",
 * "June 1, 2023" / « 2020 », « août 2021 », « 1er juin 2023 ». Text that is
 * not a date is returned as is rather than hidden.
 */
export function formatDate(locale: string, iso: string): string {
  return remembered(`date|${locale}|${iso}`, () => {
    const d = readPartialDate(iso);
    if (!d) return iso;
    return join(formatter(locale, d.precision).formatToParts(d.date), locale);
  });
}

/**
 * A range of ISO partial dates, through formatRange at the finer of the two
 * precisions: "August 12–14, 2021", « 12–14 août 2021 », "February 24 –
 * March 30, 2023", "August – October 2021". Equal ends give one date.
 */
export function formatDateRange(locale: string, from: string, to: string): string {
  return remembered(`range|${locale}|${from}|${to}`, () => {
    const a = readPartialDate(from);
    const b = readPartialDate(to);
    if (!a || !b) return `${formatDate(locale, from)} – ${formatDate(locale, to)}`;
    const rank = { year: 0, month: 1, day: 2 } as const;
    const precision = rank[a.precision] >= rank[b.precision] ? a.precision : b.precision;
    if (a.date.getTime() >= b.date.getTime()) return formatDate(locale, from);
    return join(formatter(locale, precision).formatRangeToParts(a.date, b.date), locale);
  });
}

/** A month of the month model (lib/months.ts) in words: "March 2019" / « mars 2019 ». */
export function formatMonth(locale: string, month: MonthIndex): string {
  const iso = `${String(yearOf(month)).padStart(4, '0')}-${String(monthOf(month)).padStart(2, '0')}`;
  return formatDate(locale, iso);
}

/** Months as the engine hands them out: one month, or a range written once ("August – October 2021"). */
export function formatMonthSpan(locale: string, span: MonthSpan): string {
  return span.from === span.to ? formatDate(locale, span.from) : formatDateRange(locale, span.from, span.to);
}

/**
 * A period as a message wants it: `span` 'one' when it is a single month or
 * a single year ("in 2020", « en 2020 », never "from 2020 to 2020"), else
 * the range written once.
 */
export function formatPeriod(locale: string, from: string, to: string): { span: 'one' | 'many'; dates: string } {
  if (from === to) return { span: 'one', dates: formatDate(locale, from) };
  return { span: 'many', dates: formatDateRange(locale, from, to) };
}

/** The words a date fact needs around its date, from the page's messages. */
export type DateFactWords = {
  unknown: string;
  /** "about {date}" / « vers le {date} »: the message picks its wording by precision */
  approximate: (date: string, precision: DatePrecision) => string;
};

/**
 * A catalog date fact in words: "August 16, 2021", "about August 12–14,
 * 2021" / « vers le 12–14 août 2021 », "about December 2020" / « décembre 2020
 * environ », or the page's "Not disclosed".
 */
export function formatDateFact(locale: string, fact: DateFact, words: DateFactWords): string {
  if (fact.kind === 'unknown') return words.unknown;
  const text = fact.until ? formatDateRange(locale, fact.date, fact.until) : formatDate(locale, fact.date);
  return fact.approximate ? words.approximate(text, datePrecision(fact.date)) : text;
}
