// Reason codes: why the engine gave an incident its status, as locale-free
// data. The results page turns each into a sentence with
// `t('Reasons.<code>', argumentsOf(reason))`.
//
// ARGUMENTS CONVENTION (read before writing a Reasons message or the UI):
// - `relationship`: a relationship type code (postpaid, prepaid, ...). The
//   messages use an ICU `select` on it, so pass the code as is.
// - month arguments (`from`, `to`, `began`, `ended`, `applied`, `by`,
//   `since`, `windowFrom`, `windowTo`) are ISO strings: "YYYY-MM" for a month,
//   or "YYYY" when the person only gave a year. The messages use them as plain
//   `{arg}` placeholders, so the UI must format each one first ("2022-03" ->
//   "March 2022" / "mars 2022", "2022" -> "2022") and pass the formatted text.
//   `argumentsOf` below gathers them; the UI maps its formatter over the month
//   arguments listed in MONTH_ARGUMENTS.
// - `span` / `windowSpan`: 'one' when `from` = `to` (`windowFrom` =
//   `windowTo`), else 'many'; added by argumentsOf for an ICU select.
// - `exclusion` (excluded-group): the catalog's exclusion id; its wording is
//   Incidents.<incidentId>.excluded.<id> (catalog namespace).

import type { Reason } from './types';

const MATCH_REASON_CODES = [
  /** the relationship was certainly active during the population's window */
  'active-during',
  /** approximate or unknown dates: the relationship may have been active during the window */
  'maybe-active-during',
  /** the person certainly applied inside the window */
  'applied-during',
  /** the application may fall inside the window */
  'maybe-applied-during',
  /** the relationship had certainly begun by `by` */
  'began-by',
  /** the relationship may have begun by `by` */
  'maybe-began-by',
  /** the relationship had certainly ended by `by` (a former customer then) */
  'ended-by',
  /** the relationship may have ended by `by` */
  'maybe-ended-by',
  /** no time window was published for this group; the relationship began before `by` */
  'no-window',
  /**
   * the sources give only when access stopped (`windowTo`); the relationship
   * may fall in the months before it (our rule: up to
   * UNDISCLOSED_START_REACH_MONTHS before), never "not affected" there
   */
  'before-undisclosed-start',
] as const;

/** Why a match is only "possible" although the dates are clear. */
const QUALIFIER_REASON_CODES = [
  /** only part of this group was affected (e.g. ~200,000 customers, 836 customers) */
  'partial-population',
  /**
   * the sources do not say whether this kind of relationship is in the group
   * at all (a member with its own partial reach, e.g. Sprint customers after
   * the merger, employees in 2021)
   */
  'uncertain-member',
  /** the sources for this group are weak (one secondary source or an estimate) */
  'low-confidence',
  /**
   * no source says data of people like this was exposed: the group is kept
   * only because no source rules it out, and none of their data is claimed
   */
  'no-data-claimed',
] as const;

const NO_MATCH_REASON_CODES = [
  /** no affected group includes this kind of relationship */
  'type-not-concerned',
  /** the relationship began after the window (or after `by`) */
  'began-after',
  /** the relationship ended before the window began */
  'ended-before',
  /** the application was made outside the window */
  'applied-outside',
  /** the group only covers relationships that began from `since`; this one began earlier */
  'began-before',
  /** the group is former customers at `by`; this relationship was still going on */
  'not-ended-by',
  /** the sources say this kind of customer was not exposed (cited, never the only basis for "not affected" when a match is possible) */
  'excluded-group',
] as const;

export const REASON_CODES = [...MATCH_REASON_CODES, ...QUALIFIER_REASON_CODES, ...NO_MATCH_REASON_CODES] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];
export type NoMatchReasonCode = (typeof NO_MATCH_REASON_CODES)[number];
export type ReasonCode = (typeof REASON_CODES)[number];

/** Arguments that hold ISO months ("YYYY-MM") or years ("YYYY"), to format before calling t(). */
export const MONTH_ARGUMENTS = [
  'from',
  'to',
  'began',
  'ended',
  'applied',
  'by',
  'since',
  'windowFrom',
  'windowTo',
] as const;

/**
 * The arguments each Reasons message uses. Every message may also use
 * `relationship` (select) when the reason concerns one relationship.
 */
export const REASON_ARGUMENTS = {
  'active-during': ['relationship', 'from', 'to', 'span'],
  'maybe-active-during': ['relationship', 'windowFrom', 'windowTo', 'windowSpan'],
  'applied-during': ['applied', 'windowFrom', 'windowTo', 'windowSpan'],
  'maybe-applied-during': ['applied', 'windowFrom', 'windowTo', 'windowSpan'],
  'began-by': ['relationship', 'by'],
  'maybe-began-by': ['relationship', 'by'],
  'ended-by': ['relationship', 'by'],
  'maybe-ended-by': ['relationship', 'by'],
  'no-window': ['relationship', 'by'],
  'before-undisclosed-start': ['relationship', 'windowTo'],
  'partial-population': [],
  'uncertain-member': [],
  'low-confidence': [],
  'no-data-claimed': ['relationship'],
  'type-not-concerned': ['relationship'],
  'began-after': ['relationship', 'began'],
  'ended-before': ['relationship', 'ended'],
  'applied-outside': ['applied', 'windowFrom', 'windowTo', 'windowSpan'],
  'began-before': ['relationship', 'began', 'since'],
  'not-ended-by': ['relationship', 'by'],
  'excluded-group': ['relationship'],
} as const satisfies Record<ReasonCode, readonly string[]>;

/**
 * All values of a reason as one flat record for t(): `relationship`, the
 * overlap months as `from`/`to`, and `values`. Month arguments are still ISO
 * strings here (see MONTH_ARGUMENTS).
 */
export function argumentsOf(reason: Reason): Record<string, string | number> {
  const args: Record<string, string | number> = {};
  if (reason.relationship !== undefined) args['relationship'] = reason.relationship;
  if (reason.months) {
    args['from'] = reason.months.from;
    args['to'] = reason.months.to;
  }
  const all: Record<string, string | number> = { ...args, ...reason.values };
  // ICU cannot compare two arguments: say whether a period is one month, so
  // messages can write "in May 2021" rather than "from May 2021 to May 2021".
  if (all['from'] !== undefined) all['span'] = all['from'] === all['to'] ? 'one' : 'many';
  if (all['windowFrom'] !== undefined) all['windowSpan'] = all['windowFrom'] === all['windowTo'] ? 'one' : 'many';
  return all;
}
