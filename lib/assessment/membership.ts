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
  parseYearMonth,
  readDateAnswer,
  relationshipRanges,
  toYearMonth,
  type DateAnswerShape,
  type MonthIndex,
  type MonthRange,
} from '../answers/dates';
import type { Reason } from './types';
import type { MatchReasonCode, NoMatchReasonCode } from './reasons';

export type Relationship = {
  readonly index: number;
  readonly type: RelationshipType;
  /** the answers as given ("2019-03", "2019", "unknown", "present"), for reasons */
  readonly fromAnswer: string;
  readonly toAnswer: string | undefined;
  /** months the relationship may have started in */
  readonly start: MonthRange;
  /** months it may have ended in (now, when still going on) */
  readonly end: MonthRange;
  /** whether the person said it is still going on */
  readonly ongoing: boolean;
  /** whether the person gave an end date (month or year), i.e. it certainly ended */
  readonly endKnown: boolean;
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
  const { start, end } = relationshipRanges(fromShape, toShape, now);
  const applicant = answer.type === 'applicant';
  const event = applicant && toShape === undefined ? start : { from: start.from, to: end.to };
  return {
    index,
    type: answer.type,
    fromAnswer: answer.from,
    toAnswer: answer.to,
    start,
    end,
    ongoing: toShape?.kind === 'present',
    endKnown: toShape?.kind === 'exact' || toShape?.kind === 'year',
    event,
  };
}

/** Months the relationship was possibly active: from its earliest start to its latest end. */
export function possibleMonths(r: Relationship): MonthRange {
  return { from: r.start.from, to: r.end.to };
}

/** Months it was certainly active: from its latest possible start to its earliest possible end. */
export function certainMonths(r: Relationship): MonthRange | null {
  return r.start.to <= r.end.from ? { from: r.start.to, to: r.end.from } : null;
}

export type MemberMatch =
  | { readonly kind: 'certain' | 'possible'; readonly reason: Reason }
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
  rest: Partial<Reason>,
): MemberMatch {
  return { kind, reason: { code, ...base(r), ...rest } };
}

function none(r: Relationship, code: NoMatchReasonCode, values: Record<string, string>): MemberMatch {
  return { kind: 'none', reason: { code, ...base(r), values } };
}

/** How the end of a relationship is said in a reason: the answer, or the month it reached "now". */
function endedValue(r: Relationship): string {
  return r.toAnswer !== undefined && r.endKnown ? r.toAnswer : ym(r.end.to);
}

function window(from: MonthIndex, to: MonthIndex) {
  return { windowFrom: ym(from), windowTo: ym(to) };
}

/** Catalog months are validated by the catalog's own schema; a broken one must not silently exclude anyone. */
function month(value: string, fallback: MonthIndex): MonthIndex {
  return parseYearMonth(value) ?? fallback;
}

export function evaluateMember(r: Relationship, membership: Membership, now: MonthIndex): MemberMatch {
  const isApplicant = r.type === 'applicant';
  switch (membership.kind) {
    case 'active-during': {
      const w: MonthRange = { from: month(membership.from, 0), to: month(membership.to, now) };
      // Edge months the sources cut mid-month count as possible overlaps only.
      const sureWindow: MonthRange = {
        from: membership.fromMidMonth ? w.from + 1 : w.from,
        to: membership.toMidMonth ? w.to - 1 : w.to,
      };
      if (isApplicant) {
        const maybe = intersect(r.event, w);
        const values = { applied: r.fromAnswer, ...window(w.from, w.to) };
        if (!maybe) return none(r, 'applied-outside', values);
        const certain = r.event.from >= sureWindow.from && r.event.to <= sureWindow.to;
        const months = { from: ym(maybe.from), to: ym(maybe.to) };
        return certain
          ? match('certain', r, 'applied-during', { months, values })
          : match('possible', r, 'maybe-applied-during', { months, values });
      }
      const sure = certainMonths(r);
      const certainOverlap = sure ? intersect(sure, sureWindow) : null;
      if (certainOverlap) {
        return match('certain', r, 'active-during', {
          months: { from: ym(certainOverlap.from), to: ym(certainOverlap.to) },
          values: window(w.from, w.to),
        });
      }
      const maybe = intersect(possibleMonths(r), w);
      if (maybe) {
        return match('possible', r, 'maybe-active-during', {
          months: { from: ym(maybe.from), to: ym(maybe.to) },
          values: window(w.from, w.to),
        });
      }
      if (r.start.from > w.to) return none(r, 'began-after', { began: r.fromAnswer, ...window(w.from, w.to) });
      return none(r, 'ended-before', { ended: endedValue(r), ...window(w.from, w.to) });
    }
    case 'began-by': {
      const by = month(membership.by, now);
      const since = membership.since === undefined ? undefined : month(membership.since, 0);
      const values: Record<string, string> = { by: ym(by) };
      if (since !== undefined) values['since'] = ym(since);
      if (r.start.from > by) return none(r, 'began-after', { began: r.fromAnswer, by: ym(by) });
      // An applicant who gave an end date may have applied again later, up to it.
      const latestStart = isApplicant ? r.event.to : r.start.to;
      if (since !== undefined && latestStart < since) {
        return none(r, 'began-before', { began: r.fromAnswer, since: ym(since) });
      }
      // A `by` month the sources cut mid-month counts as a possible start only.
      const sureBy = membership.byMidMonth ? by - 1 : by;
      const certain = r.start.to <= sureBy && (since === undefined || r.start.from >= since);
      return certain ? match('certain', r, 'began-by', { values }) : match('possible', r, 'maybe-began-by', { values });
    }
    case 'ended-by': {
      const by = month(membership.by, now);
      if (r.start.from > by) return none(r, 'began-after', { began: r.fromAnswer, by: ym(by) });
      if (isApplicant) {
        // An application is over as soon as it is made: a "former applicant" by `by`.
        return r.start.to <= by
          ? match('certain', r, 'ended-by', { values: { by: ym(by) } })
          : match('possible', r, 'maybe-ended-by', { values: { by: ym(by) } });
      }
      // Still going on at `by` for sure: "present", or ended only after `by`.
      if (r.end.from > by) return none(r, 'not-ended-by', { by: ym(by) });
      const certain = r.endKnown && r.end.to <= by;
      return certain
        ? match('certain', r, 'ended-by', { values: { by: ym(by), ended: endedValue(r) } })
        : match('possible', r, 'maybe-ended-by', { values: { by: ym(by) } });
    }
    case 'no-window': {
      const by = month(membership.by, now);
      if (r.start.from > by) return none(r, 'began-after', { began: r.fromAnswer, by: ym(by) });
      // No published window: at most "possible", whatever the dates.
      return match('possible', r, 'no-window', { values: { by: ym(by) } });
    }
  }
}
