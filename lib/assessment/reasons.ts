// Reason codes: why the engine gave an incident its status, as locale-free
// data. Each code carries its own typed `values` (ReasonValues below), so a
// reason built with a missing or wrong argument does not compile, and
// `reasonMessage` turns any reason into the key and arguments of its
// Reasons.<code> message, with one case per code.
//
// Arguments of the messages:
// - `relationship`: a relationship type code (postpaid, prepaid, ...). The
//   messages use an ICU `select` on it, so it is passed as is.
// - months (`from`, `to`, `began`, `ended`, `applied`, `by`, `since`,
//   `windowFrom`, `windowTo`) are ISO "YYYY-MM", or "YYYY" when the person
//   only gave a year; `reasonMessage` writes them with the caller's date
//   formatter ("March 2022" / « mars 2022 »).
// - `span` / `windowSpan`: 'one' when `from` = `to` (`windowFrom` =
//   `windowTo`), else 'many', for an ICU select ("in May 2021" rather than
//   "from May 2021 to May 2021").
// - `exclusion` (excluded-group): the catalog's exclusion id; its wording is
//   Incidents.<incidentId>.excluded.<id> (catalog namespace).

import type { YearMonth } from '../catalog/types';
import type { RelationshipType } from '../catalog/vocabulary';
import { UNDISCLOSED_START_REACH_MONTHS } from '../months';

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
  /**
   * what would have made it "likely": the relationship covering a whole month
   * of the incident's dated window (`windowFrom`..`windowTo`, cut to the
   * months the relationship may have covered). Only for a group whose dates
   * alone keep it "possible" (broad reach, confidence above L, a window).
   */
  'likely-if',
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

/** An ISO month "YYYY-MM" the engine computed. */
type Month = YearMonth;
/** A date as the person answered it: "YYYY-MM", or "YYYY" when only the year was given. */
type Answered = string;

type Window = { windowFrom: Month; windowTo: Month };

/** The values each reason code carries: a missing or misspelt one is a compile error. */
export type ReasonValues = {
  'active-during': Window;
  'maybe-active-during': Window;
  'applied-during': Window & { applied: Answered };
  'maybe-applied-during': Window & { applied: Answered };
  'began-by': { by: Month; since?: Month };
  'maybe-began-by': { by: Month; since?: Month };
  'ended-by': { by: Month; ended?: Answered };
  'maybe-ended-by': { by: Month };
  'no-window': { by: Month };
  'before-undisclosed-start': Window;
  'partial-population': undefined;
  'uncertain-member': undefined;
  'low-confidence': undefined;
  'no-data-claimed': undefined;
  'likely-if': Window;
  'type-not-concerned': undefined;
  'began-after': { began: Answered } & (Window | { by: Month });
  'ended-before': Window & { ended: Answered };
  'applied-outside': Window & { applied: Answered };
  'began-before': { began: Answered; since: Month };
  'not-ended-by': { by: Month };
  'excluded-group': { exclusion: string };
};

/** Codes that speak of one of the person's relationships (it is then always named). */
type RelationshipCode = Exclude<ReasonCode, 'partial-population' | 'uncertain-member' | 'low-confidence'>;

type ReasonCommon<C extends ReasonCode> = {
  /** message key under Reasons.<code> */
  code: C;
  /** the group of the incident it is about, when it is about one */
  populationId?: string;
  /** the months the relationship met the window (or the relevant month), when they say something */
  months?: { from: YearMonth; to: YearMonth };
} & (C extends RelationshipCode
  ? { relationshipIndex: number; relationship: RelationshipType }
  : { relationshipIndex?: undefined; relationship?: undefined });

/** One reason: its code with exactly the values that code needs. */
export type ReasonOf<C extends ReasonCode> = ReasonCommon<C> &
  (ReasonValues[C] extends undefined ? { values?: undefined } : { values: ReasonValues[C] });

export type Reason = { [C in ReasonCode]: ReasonOf<C> }[ReasonCode];

/** What a Reasons message is given: the relationship code, spans, and months already in words. */
export type ReasonMessageValues = Record<string, string | number>;

const spanOf = (from: string, to: string) => (from === to ? 'one' : 'many');

/**
 * The key and arguments of a reason's message: exactly the arguments the
 * message uses. `date` writes an ISO month or year in the page's language.
 * One case per code: a new code without its case, or a case reading a value
 * its code does not carry, does not compile.
 */
export function reasonMessage(
  reason: Reason,
  date: (iso: string) => string,
): { key: `Reasons.${ReasonCode}`; values: ReasonMessageValues } {
  const key = `Reasons.${reason.code}` as const;
  const window = (w: Window) => ({
    windowFrom: date(w.windowFrom),
    windowTo: date(w.windowTo),
    windowSpan: spanOf(w.windowFrom, w.windowTo),
  });
  switch (reason.code) {
    case 'partial-population':
    case 'uncertain-member':
    case 'low-confidence':
      return { key, values: {} };
    case 'no-data-claimed':
    case 'type-not-concerned':
      return { key, values: { relationship: reason.relationship } };
    case 'excluded-group':
      return { key, values: { relationship: reason.relationship, exclusion: reason.values.exclusion } };
    case 'active-during': {
      // The months of the overlap, not the window: "from March to August 2021".
      const months = reason.months ?? { from: reason.values.windowFrom, to: reason.values.windowTo };
      return {
        key,
        values: {
          relationship: reason.relationship,
          from: date(months.from),
          to: date(months.to),
          span: spanOf(months.from, months.to),
        },
      };
    }
    case 'before-undisclosed-start':
      // The reach is our rule's constant, never a second number in the messages.
      return {
        key,
        values: {
          relationship: reason.relationship,
          windowTo: date(reason.values.windowTo),
          reachMonths: UNDISCLOSED_START_REACH_MONTHS,
        },
      };
    case 'maybe-active-during':
    case 'likely-if':
      return { key, values: { relationship: reason.relationship, ...window(reason.values) } };
    case 'applied-during':
    case 'maybe-applied-during':
    case 'applied-outside':
      return {
        key,
        values: { relationship: reason.relationship, applied: date(reason.values.applied), ...window(reason.values) },
      };
    case 'began-by':
    case 'maybe-began-by':
    case 'ended-by':
    case 'maybe-ended-by':
    case 'no-window':
    case 'not-ended-by':
      return { key, values: { relationship: reason.relationship, by: date(reason.values.by) } };
    case 'began-after':
      return { key, values: { relationship: reason.relationship, began: date(reason.values.began) } };
    case 'ended-before':
      return { key, values: { relationship: reason.relationship, ended: date(reason.values.ended) } };
    case 'began-before':
      return {
        key,
        values: { relationship: reason.relationship, began: date(reason.values.began), since: date(reason.values.since) },
      };
  }
}
