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
  readDateAnswer,
  relationshipMonths,
  toYearMonth,
  type DateAnswerShape,
  type MonthIndex,
  type MonthRange,
  type RelationshipMonths,
} from '../months';
import type { Reason } from './types';
import type { MatchReasonCode, NoMatchReasonCode } from './reasons';

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
    fromAnswer: answer.from,
    toAnswer: answer.to,
    ongoing: toShape?.kind === 'present',
    endKnown: toShape?.kind === 'exact' || toShape?.kind === 'year',
    startKnown: fromShape.kind === 'exact' || fromShape.kind === 'year',
    event,
  };
}

export type MemberMatch =
  | {
      readonly kind: 'certain' | 'possible';
      readonly reason: Reason;
      /** the months the relationship met the window (certainly, or possibly) */
      readonly months: MonthRange;
    }
  | { readonly kind: 'none'; readonly reason: Reason };

function ym(index: MonthIndex) {
  return toYearMonth(index);
}

function base(r: Relationship): Pick<Reason, 'relationshipIndex' | 'relationship'> {
  return { relationshipIndex: r.index, relationship: r.type };
}

function match(
  kind: 'certain' | 'possible',
  r: Relationship,
  code: MatchReasonCode,
  months: MonthRange,
  values: Record<string, string>,
  withMonths = true,
): MemberMatch {
  const reason: Reason = { code, ...base(r), values };
  if (withMonths) reason.months = { from: ym(months.from), to: ym(months.to) };
  return { kind, months, reason };
}

function none(r: Relationship, code: NoMatchReasonCode, values: Record<string, string>): MemberMatch {
  return { kind: 'none', reason: { code, ...base(r), values } };
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
        return beforeStop
          ? match('possible', r, 'before-undisclosed-start', maybe, values)
          : match('possible', r, 'maybe-active-during', maybe, values);
      }
      if (r.start.from > w.possible.to) return none(r, 'began-after', { began: r.fromAnswer, ...values });
      return none(r, 'ended-before', { ended: endedValue(r), ...values });
    }
    case 'began-by': {
      const by = ym(w.dated.to);
      const values: Record<string, string> = { by };
      if (membership.since !== undefined) values['since'] = ym(w.dated.from);
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
