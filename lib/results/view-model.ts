import type { ActionResult, Assessment, FieldResult, IncidentResult, Priority } from '../assessment/types';
import type { FieldId } from '../catalog/vocabulary';
import { INCIDENT_IDS } from '../catalog/incidents';
import { bySensitivity } from '../catalog/sensitivity';

/**
 * How the results page orders and groups the engine's assessment. Pure, so
 * the rules ("likely first", "strongest first", "ended offers never as a
 * step") are tested once, here, not through the DOM.
 */

const byCatalogOrder = (a: IncidentResult, b: IncidentResult) =>
  INCIDENT_IDS.indexOf(a.id) - INCIDENT_IDS.indexOf(b.id);

export type IncidentGroups = { likely: IncidentResult[]; possible: IncidentResult[]; notAffected: IncidentResult[] };

export function groupIncidents(assessment: Assessment): IncidentGroups {
  const sorted = [...assessment.incidents].sort(byCatalogOrder);
  return {
    likely: sorted.filter((i) => i.status === 'likely'),
    possible: sorted.filter((i) => i.status === 'possible'),
    notAffected: sorted.filter((i) => i.status === 'not-affected'),
  };
}

const PRIORITY_RANK: Record<Priority, number> = { now: 0, soon: 1, thorough: 2, ongoing: 3 };

export type ActionGroups = {
  /** steps to take, by priority, keeping the engine's order inside a priority */
  todo: ActionResult[];
  /** offers that have ended: shown as ended, never as a step to take */
  ended: ActionResult[];
  /**
   * offers the sources do not say are over nor still open (availability
   * 'unknown'): shown as "probably ended", never as a step, never as
   * certainly ended
   */
  unknown: ActionResult[];
};

export function groupActions(actions: readonly ActionResult[]): ActionGroups {
  const indexed = actions.map((action, i) => ({ action, i }));
  const todo = indexed
    .filter(({ action }) => action.available)
    .sort((a, b) => PRIORITY_RANK[a.action.priority] - PRIORITY_RANK[b.action.priority] || a.i - b.i)
    .map(({ action }) => action);
  const off = actions.filter((a) => !a.available);
  return {
    todo,
    ended: off.filter((a) => a.availability !== 'unknown'),
    unknown: off.filter((a) => a.availability === 'unknown'),
  };
}

export type Summary = {
  likely: number;
  possible: number;
  likelyFields: number;
  kind: 'both' | 'likely' | 'possible' | 'none';
  mostUrgent: ActionResult | undefined;
};

/** The first thing to do: the plan's first counted item (an account step for a former customer never comes first). */
function firstAction(actions: readonly ActionResult[]): ActionResult | undefined {
  return planOf(actions).groups[0]?.actions[0];
}

export function summarize(assessment: Assessment): Summary {
  const likely = assessment.incidents.filter((i) => i.status === 'likely').length;
  const possible = assessment.incidents.filter((i) => i.status === 'possible').length;
  const kind = likely && possible ? 'both' : likely ? 'likely' : possible ? 'possible' : 'none';
  return {
    likely,
    possible,
    likelyFields: assessment.fields.filter((f) => f.status === 'likely').length,
    kind,
    mostUrgent: firstAction(assessment.actions),
  };
}

const CERTAIN_MATCHES = new Set<string>(['active-during', 'applied-during', 'began-by', 'ended-by']);
const QUALIFIERS = new Set<string>(['partial-population', 'uncertain-member', 'low-confidence']);

/**
 * The reasons worth reading for an incident. For "likely", the reasons of the
 * group that made it likely (a certain match, no qualifier) come alone:
 * listing, next to them, why some other group is only "possible" reads as a
 * contradiction. Otherwise every reason is kept.
 */
export function reasonsToShow<R extends { code: string; populationId?: string }>(
  reasons: readonly R[],
  status: string,
): R[] {
  if (status !== 'likely') return [...reasons];
  const byPopulation = new Map<string, R[]>();
  for (const r of reasons) {
    const key = r.populationId ?? '';
    byPopulation.set(key, [...(byPopulation.get(key) ?? []), r]);
  }
  const decisive = [...byPopulation.values()].filter(
    (rs) => rs.some((r) => CERTAIN_MATCHES.has(r.code)) && !rs.some((r) => QUALIFIERS.has(r.code)),
  );
  return decisive.length ? decisive.flat() : [...reasons];
}

/** Likely before possible, then the most sensitive first. */
export function sortFieldsBySensitivity(fields: readonly FieldResult[]): FieldResult[] {
  const rank = (f: FieldResult) => (f.status === 'likely' ? 0 : 1);
  return [...fields].sort((a, b) => rank(a) - rank(b) || bySensitivity(a.id, b.id));
}

/** The data the summary names: the most sensitive of the likely ones, else of the possible ones. */
export function headlineFields(fields: readonly FieldResult[], max = 3): { status: 'likely' | 'possible'; ids: FieldId[] } | null {
  const sorted = sortFieldsBySensitivity(fields);
  const first = sorted[0];
  if (!first) return null;
  return { status: first.status, ids: sorted.filter((f) => f.status === first.status).slice(0, max).map((f) => f.id) };
}

type PlanGroupId = 'now' | 'account' | 'soon' | 'thorough' | 'ongoing';
export type PlanGroup = { id: PlanGroupId; actions: ActionResult[]; minutes: number };

export type Plan = {
  /** in reading order; empty groups left out */
  groups: PlanGroup[];
  /** account steps for someone who may no longer have an account: shown apart, never counted */
  ifStillCustomer: ActionResult[];
  /** every action that applies, the ones progress counts */
  counted: ActionResult[];
  ended: ActionResult[];
  unknown: ActionResult[];
};

/**
 * The checklist as a plan: "Do now" (with its total time), the account
 * settings, then "soon" and "to be thorough"; steps that apply only if the
 * person still has an account set apart and left out of the count.
 */
export function planOf(actions: readonly ActionResult[]): Plan {
  const { todo, ended, unknown } = groupActions(actions);
  // The engine says what counts: account steps for someone who may have left do not.
  const ifStillCustomer = todo.filter((a) => !a.countsTowardProgress);
  const counted = todo.filter((a) => a.countsTowardProgress);
  const isAccountAction = (a: ActionResult) => a.group === 'account';
  const pick = (id: PlanGroupId, keep: (a: ActionResult) => boolean): PlanGroup => {
    const list = counted.filter(keep);
    return { id, actions: list, minutes: list.reduce((sum, a) => sum + (a.minutes ?? 0), 0) };
  };
  const groups = [
    pick('now', (a) => a.priority === 'now' && !isAccountAction(a)),
    pick('account', isAccountAction),
    pick('soon', (a) => a.priority === 'soon' && !isAccountAction(a)),
    pick('thorough', (a) => a.priority === 'thorough' && !isAccountAction(a)),
    pick('ongoing', (a) => a.priority === 'ongoing' && !isAccountAction(a)),
  ].filter((g) => g.actions.length > 0);
  return { groups, ifStillCustomer, counted, ended, unknown };
}
