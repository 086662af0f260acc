// Does one relationship of the person fit one population member of the
// catalog? Answers are imprecise (year only, "I don't remember"), so each
// relationship is two month ranges: when it may have started and when it may
// have ended. From them we know the months it was CERTAINLY active and the
// months it was POSSIBLY active, and compare each with the membership rule.
// Any doubt resolves towards "possible": a wrong "not affected" is the worst
// outcome this product can have.

import type { Membership } from '../catalog/types';
import type { RelationshipType } from '../catalog/vocabulary';
import type { RelationshipAnswer } from '../answers/types';
import {
  intersect,
  meet,
  membershipWindow,
  monthsOfRanges,
  SPRINT,
  readDateAnswer,
  relationshipMonths,
  toYearMonth,
  type DateAnswerShape,
  type MonthIndex,
  type MonthRange,
  type RelationshipMonths,
} from '../months';
import type { Reason } from './types';
import type { MatchReasonCode, NoMatchReasonCode, ReasonOf, ReasonValues } from './reasons';

export type Relationship = RelationshipMonths & {
  readonly index: number;
  readonly type: RelationshipType;
  /** the answers as given ("2019-03", "2019", "unknown", "present"), for reasons */
  readonly fromAnswer: string;
  readonly toAnswer: string | undefined;
  /** whether the person said it is still going on */
  readonly ongoing: boolean;
  /** whether the person gave an end date (month or year), i.e. it certainly ended */
  readonly endKnown: boolean;
  /** whether the person gave a start date (month or year) */
  readonly startKnown: boolean;
  /** what the person answered: differs from `type` for the part of a Sprint answer read as T-Mobile postpaid */
  readonly answeredType: RelationshipType;
  /**
   * Applications are events, not periods: the months the application(s) may
   * have been made in ([from] alone, or [from..to] when an end was given).
   */
  readonly event: MonthRange;
};

function shapeOf(answer: string | undefined): DateAnswerShape | undefined {
  if (answer === undefined) return undefined;
  const read = readDateAnswer(answer);
  // Answers reach the engine validated; anything unreadable is treated as "I don't remember".
  return read.ok ? read.shape : { kind: 'unknown' };
}

export function toRelationship(answer: RelationshipAnswer, index: number, now: MonthIndex): Relationship {
  const fromShape = shapeOf(answer.from) ?? { kind: 'unknown' as const };
  const toShape = shapeOf(answer.to);
  const months = relationshipMonths(fromShape, toShape, now);
  const applicant = answer.type === 'applicant';
  const event = applicant && toShape === undefined ? months.start : months.possible;
  return {
    ...months,
    index,
    type: answer.type,
    answeredType: answer.type,
    fromAnswer: answer.from,
    toAnswer: answer.to,
    ongoing: toShape?.kind === 'present',
    endKnown: toShape?.kind === 'exact' || toShape?.kind === 'year',
    startKnown: fromShape.kind === 'exact' || fromShape.kind === 'year',
    event,
  };
}

/**
 * The relationships the catalog is matched against, for one answer. Most
 * answers are one relationship of their own type. The two Sprint answers
 * follow the merger (lib/months.ts, SPRINT):
 * - 'sprint_premerger' (Sprint or Boost, only before the merger) is a Sprint
 *   relationship cut at June 2020, when Boost and Sprint prepaid left for
 *   DISH: no T-Mobile month after that;
 * - 'sprint_moved' (my Sprint account became a T-Mobile account) is a Sprint
 *   relationship until the move and a postpaid one from the move on. The
 *   move happened between January 2022 and June 2023 and the person is not
 *   asked when: the postpaid part may start in any of those months.
 * 'sprint' itself (a link made before this split, or someone who cannot say)
 * stays a Sprint relationship over all its months: "possible" wherever the
 * sources are silent on Sprint, never "not affected".
 */
export function evaluatedAs(r: Relationship): Relationship[] {
  // The Sprint part of an answer: it ended by `upTo` at the latest, and from
  // `endsFrom` on at the earliest when the person stayed (the move, or DISH).
  const cut = (upTo: MonthIndex, endsFrom: MonthIndex): Relationship | null => {
    if (r.start.from > upTo) return null;
    const start = { from: r.start.from, to: Math.min(r.start.to, upTo) };
    const endFrom = Math.max(start.from, Math.min(r.end.from, endsFrom));
    const end = { from: endFrom, to: Math.max(endFrom, Math.min(r.end.to, upTo)) };
    const endKnown = r.endKnown || r.ongoing || r.end.from > upTo;
    return { ...r, ...monthsOfRanges(start, end, false), type: 'sprint', ongoing: false, endKnown };
  };
  switch (r.type) {
    case 'sprint_premerger': {
      const sprint = cut(SPRINT.lastBoostMonth, SPRINT.lastBoostMonth);
      // Began after June 2020: never a T-Mobile month; kept as is (no group names it).
      return sprint ? [sprint] : [r];
    }
    case 'sprint_moved': {
      const parts: Relationship[] = [];
      const before = cut(SPRINT.move.to, SPRINT.move.from);
      if (before) parts.push(before);
      // The postpaid part exists only if the relationship may have lasted into the move.
      if (r.possible.to >= SPRINT.move.from) {
        // The move may have come as late as June 2023, even after the person left:
        // no postpaid month is certain before then.
        const startFrom = Math.max(r.start.from, SPRINT.move.from);
        const start = { from: startFrom, to: Math.max(startFrom, r.start.to, SPRINT.move.to) };
        const end = { from: Math.max(r.end.from, start.from), to: Math.max(r.end.to, start.from) };
        parts.push({ ...r, ...monthsOfRanges(start, end, r.ongoing), type: 'postpaid', startKnown: false });
      }
      return parts;
    }
    default:
      return [r];
  }
}

export type MemberMatch =
  | {
      readonly kind: 'certain' | 'possible';
      readonly reason: Reason;
      /** the months the relationship met the window (certainly, or possibly) */
      readonly months: MonthRange;
      /**
       * For a possible match with an active-during window: the window's dated
       * months the relationship may have covered. Covering one of them in full
       * would have been a certain match.
       */
      readonly likelyIf?: MonthRange;
    }
  | { readonly kind: 'none'; readonly reason: Reason };

function ym(index: MonthIndex) {
  return toYearMonth(index);
}

function base(r: Relationship) {
  return { relationshipIndex: r.index, relationship: r.type };
}

// The values are checked against the code at each call (ReasonValues[C]);
// TypeScript cannot follow a generic code into the union, hence the one cast.
function reasonOf<C extends MatchReasonCode | NoMatchReasonCode>(
  r: Relationship,
  code: C,
  values: ReasonValues[C],
): ReasonOf<C> {
  return { code, ...base(r), values } as unknown as ReasonOf<C>;
}

function match<C extends MatchReasonCode>(
  kind: 'certain' | 'possible',
  r: Relationship,
  code: C,
  months: MonthRange,
  values: ReasonValues[C],
  withMonths = true,
): MemberMatch {
  const reason: Reason = reasonOf(r, code, values) as Reason;
  if (withMonths) reason.months = { from: ym(months.from), to: ym(months.to) };
  return { kind, months, reason };
}

function none<C extends NoMatchReasonCode>(r: Relationship, code: C, values: ReasonValues[C]): MemberMatch {
  return { kind: 'none', reason: reasonOf(r, code, values) as Reason };
}

/** How the end of a relationship is said in a reason: the answer, or the month it reached "now". */
function endedValue(r: Relationship): string {
  return r.toAnswer !== undefined && r.endKnown ? r.toAnswer : ym(r.end.to);
}

function windowValues(from: MonthIndex, to: MonthIndex) {
  return { windowFrom: ym(from), windowTo: ym(to) };
}

/**
 * One relationship against one membership rule. The one rule for edges
 * (lib/months.ts): a certain match needs the relationship to have certainly
 * covered a whole month the window certainly touched, or to have certainly
 * touched a month the window covered in full. Anything else that may overlap
 * is "possible".
 */
export function evaluateMember(r: Relationship, membership: Membership, now: MonthIndex): MemberMatch {
  const isApplicant = r.type === 'applicant';
  const w = membershipWindow(membership, now);
  switch (membership.kind) {
    case 'active-during': {
      const values = windowValues(w.dated.from, w.dated.to);
      if (isApplicant) {
        const maybe = intersect(r.event, w.possible);
        const applied = { applied: r.fromAnswer, ...values };
        if (!maybe) return none(r, 'applied-outside', applied);
        const certain = w.whole !== null && r.event.from >= w.whole.from && r.event.to <= w.whole.to;
        return certain
          ? match('certain', r, 'applied-during', maybe, applied)
          : match('possible', r, 'maybe-applied-during', maybe, applied);
      }
      const certainOverlap = meet(r.whole, w.dated) ?? meet(r.certain, w.whole);
      if (certainOverlap) return match('certain', r, 'active-during', certainOverlap, values);
      const maybe = intersect(r.possible, w.possible);
      if (maybe) {
        // Only in the months before an undisclosed start: say so, with the stop month.
        const beforeStop = w.startUndisclosed && intersect(r.possible, w.dated) === null;
        const found = beforeStop
          ? match('possible', r, 'before-undisclosed-start', maybe, values)
          : match('possible', r, 'maybe-active-during', maybe, values);
        const likelyIf = intersect(r.possible, w.dated);
        return likelyIf && found.kind === 'possible' ? { ...found, likelyIf } : found;
      }
      if (r.start.from > w.possible.to) return none(r, 'began-after', { began: r.fromAnswer, ...values });
      return none(r, 'ended-before', { ended: endedValue(r), ...values });
    }
    case 'began-by': {
      const by = ym(w.dated.to);
      const values: ReasonValues['began-by'] = membership.since === undefined ? { by } : { by, since: ym(w.dated.from) };
      // An applicant who gave an end date may have applied again later, up to it.
      const began = isApplicant ? r.event : r.start;
      if (began.from > w.dated.to) return none(r, 'began-after', { began: r.fromAnswer, by });
      if (began.to < w.dated.from) return none(r, 'began-before', { began: r.fromAnswer, since: ym(w.dated.from) });
      const maybe = intersect(began, w.dated) as MonthRange;
      const certain = w.whole !== null && began.from >= w.whole.from && began.to <= w.whole.to;
      return certain
        ? match('certain', r, 'began-by', maybe, values, false)
        : match('possible', r, 'maybe-began-by', maybe, values, false);
    }
    case 'ended-by': {
      const byMonth = w.dated.to;
      const by = ym(byMonth);
      if (r.start.from > byMonth) return none(r, 'began-after', { began: r.fromAnswer, by });
      const upTo = { from: r.possible.from, to: Math.min(r.possible.to, byMonth) };
      if (isApplicant) {
        // An application is over as soon as it is made: a "former applicant" by `by`.
        return r.start.to < byMonth
          ? match('certain', r, 'ended-by', upTo, { by }, false)
          : match('possible', r, 'maybe-ended-by', upTo, { by }, false);
      }
      // Still going on after `by` for sure: "present", or ended only after `by`.
      if (r.end.from > byMonth) return none(r, 'not-ended-by', { by });
      // Ending in the `by` month itself may have been after the incident: possible only.
      const certain = r.endKnown && r.end.to < byMonth;
      return certain
        ? match('certain', r, 'ended-by', upTo, { by, ended: endedValue(r) }, false)
        : match('possible', r, 'maybe-ended-by', upTo, { by }, false);
    }
    case 'no-window': {
      const byMonth = w.dated.to;
      const by = ym(byMonth);
      if (r.start.from > byMonth) return none(r, 'began-after', { began: r.fromAnswer, by });
      // No published window: at most "possible", whatever the dates.
      const upTo = { from: r.possible.from, to: Math.min(r.possible.to, byMonth) };
      return match('possible', r, 'no-window', upTo, { by }, false);
    }
  }
}
