import type { ActionResult, Assessment, FieldResult, IncidentResult, Priority } from '../assessment/types';
import { FIELD_IDS, INCIDENT_IDS } from '../catalog/vocabulary';

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

/** Strongest status first, then the fields exposed in more incidents, then the vocabulary's order. */
export function sortFields(fields: readonly FieldResult[]): FieldResult[] {
  const rank = (f: FieldResult) => (f.status === 'likely' ? 0 : 1);
  return [...fields].sort(
    (a, b) =>
      rank(a) - rank(b) || b.incidents.length - a.incidents.length || FIELD_IDS.indexOf(a.id) - FIELD_IDS.indexOf(b.id),
  );
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

export function summarize(assessment: Assessment): Summary {
  const likely = assessment.incidents.filter((i) => i.status === 'likely').length;
  const possible = assessment.incidents.filter((i) => i.status === 'possible').length;
  const kind = likely && possible ? 'both' : likely ? 'likely' : possible ? 'possible' : 'none';
  return {
    likely,
    possible,
    likelyFields: assessment.fields.filter((f) => f.status === 'likely').length,
    kind,
    mostUrgent: groupActions(assessment.actions).todo[0],
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
