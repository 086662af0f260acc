// The assessment engine: from a person's answers to the incidents that
// likely or possibly touched them, the data likely exposed, and a plan.
// Pure and deterministic: the same answers, "as of" date and catalog give the
// same output (no clock read when asOf is given, stable orders everywhere).
//
// Status rules (the About page states them for visitors):
// - likely: a certain overlap with a population reported as broadly affected
//   (reach 'broad', confidence not 'L', a published time window);
// - possible: any other match (approximate dates, a partial population such
//   as ~200,000 or 836 people, no published window, weak sources);
// - not-affected: no relationship can fit any population. When in doubt the
//   engine says "possible", never "not affected".

import { CATALOG } from '../catalog';
import type { Incident, Population, PopulationMember, Reach } from '../catalog/types';
import { FIELD_IDS, type FieldId, type IncidentId, type RelationshipType } from '../catalog/vocabulary';
import type { AnswerError, Answers } from '../answers/types';
import {
  currentMonth,
  hull,
  isIsoDay,
  isoDayOf,
  membershipWindow,
  toSpan,
  toYearMonth,
  type MonthIndex,
  type MonthRange,
  type WindowMonths,
} from '../months';
import { parseAnswers } from '../answers/schema';
import { ACTIONS, PRIORITIES, type ActionDefinition } from './actions';
import { evaluateMember, evaluatedAs, toRelationship, type Relationship } from './membership';
import type {
  ActionResult,
  Assessment,
  ExposedStatus,
  FieldResult,
  IncidentResult,
  IncidentWindow,
  Overlap,
  Reason,
  RelationshipTimeline,
  Status,
} from './types';

export type AssessOptions = {
  /** "YYYY-MM-DD"; default: today in the local calendar */
  readonly asOf?: string;
  /** default: the real catalog (lib/catalog) */
  readonly catalog?: readonly Incident[];
};

const STATUS_RANK: Record<Status, number> = { 'not-affected': 0, possible: 1, likely: 2 };

function stronger<S extends Status>(a: S, b: S): S {
  return STATUS_RANK[a] >= STATUS_RANK[b] ? a : b;
}

type PopulationOutcome = { population: Population; status: ExposedStatus };

function memberReach(population: Population, member: PopulationMember): Reach {
  return member.reach ?? population.reach;
}

function reasonKey(reason: Reason): string {
  return JSON.stringify([reason.code, reason.relationshipIndex, reason.populationId, reason.months, reason.values]);
}

type IncidentOutcome = {
  readonly result: IncidentResult;
  /** the status each matched population reaches, for field statuses */
  readonly populationStatus: ReadonlyMap<string, ExposedStatus>;
};

function assessIncident(incident: Incident, relationships: readonly Relationship[], now: MonthIndex): IncidentOutcome {
  const matchReasons: Reason[] = [];
  const noMatchReasons: Reason[] = [];
  const outcomes: PopulationOutcome[] = [];
  const overlaps = new Map<string, { relationshipIndex: number; kind: Overlap['kind']; months: MonthRange }>();

  for (const population of incident.populations) {
    let best: ExposedStatus | null = null;
    const qualifiers: Reason[] = [];
    for (const member of population.members) {
      for (const relationship of relationships) {
        if (relationship.type !== member.relationship) continue;
        const result = evaluateMember(relationship, member.membership, now);
        if (result.kind === 'none') {
          noMatchReasons.push(result.reason);
          continue;
        }
        const reach = memberReach(population, member);
        const clear = result.kind === 'certain' && member.membership.kind !== 'no-window';
        const status: ExposedStatus =
          clear && reach === 'broad' && population.confidence !== 'L' ? 'likely' : 'possible';
        best = best === null ? status : stronger(best, status);
        matchReasons.push({ ...result.reason, populationId: population.id });
        // The timeline marks as certain only what can make the incident likely.
        const kind = status === 'likely' ? 'certain' : 'possible';
        const key = `${relationship.index}:${kind}`;
        const seen = overlaps.get(key);
        overlaps.set(key, {
          relationshipIndex: relationship.index,
          kind,
          months: hull(seen?.months ?? null, result.months) as MonthRange,
        });
        // Say what else keeps this match at "possible", besides the dates. A
        // member with its own partial reach is an uncertain member of the
        // group: say that, rather than "only part of this group was affected".
        if (member.reach === 'partial') qualifiers.push({ code: 'uncertain-member', populationId: population.id });
        else if (reach === 'partial') qualifiers.push({ code: 'partial-population', populationId: population.id });
        if (population.confidence === 'L') qualifiers.push({ code: 'low-confidence', populationId: population.id });
        // Only the dates keep this group "possible": say which months would have made it likely.
        // Not for the postpaid part of a Sprint answer: when the account moved is itself unknown.
        const onlyDates =
          relationship.type === relationship.answeredType &&
          member.membership.kind === 'active-during' &&
          reach === 'broad' &&
          population.confidence !== 'L' &&
          population.exposed.length > 0;
        if (status === 'possible' && onlyDates && result.kind === 'possible' && result.likelyIf) {
          qualifiers.push({
            code: 'likely-if',
            populationId: population.id,
            relationshipIndex: relationship.index,
            relationship: relationship.type,
            values: { windowFrom: toYearMonth(result.likelyIf.from), windowTo: toYearMonth(result.likelyIf.to) },
          });
        }
        if (population.exposed.length === 0) {
          qualifiers.push({
            code: 'no-data-claimed',
            populationId: population.id,
            relationshipIndex: relationship.index,
            relationship: relationship.type,
          });
        }
      }
    }
    if (best !== null) {
      outcomes.push({ population, status: best });
      // A qualifier only explains a population that did not reach "likely" another way.
      if (best === 'possible') matchReasons.push(...qualifiers);
    }
  }

  const status: Status = outcomes.reduce<Status>((s, o) => stronger(s, o.status), 'not-affected');

  // Exclusions are cited, never used to clear anyone (lib/catalog/types.ts, Exclusion).
  const exclusionReasons: Reason[] = [];
  for (const exclusion of incident.excluded ?? []) {
    for (const relationship of relationships) {
      if (exclusion.relationships.includes(relationship.type)) {
        exclusionReasons.push({
          code: 'excluded-group',
          relationshipIndex: relationship.index,
          relationship: relationship.type,
          values: { exclusion: exclusion.id },
        });
      }
    }
  }

  let reasons: Reason[];
  if (status === 'not-affected') {
    const concerned = new Set(incident.populations.flatMap((p) => p.members.map((m) => m.relationship)));
    const perRelationship: Reason[] = [];
    for (const relationship of relationships) {
      if (!concerned.has(relationship.type)) {
        perRelationship.push({
          code: 'type-not-concerned',
          relationshipIndex: relationship.index,
          relationship: relationship.type,
        });
      }
    }
    reasons = [...noMatchReasons, ...perRelationship, ...exclusionReasons];
    // One sentence per relationship and code is enough ("You became a customer in March 2022, after this incident").
    reasons = dedupe(reasons, (r) => JSON.stringify([r.code, r.relationshipIndex]));
    reasons.sort((a, b) => (a.relationshipIndex ?? 0) - (b.relationshipIndex ?? 0));
  } else {
    reasons = dedupe([...matchReasons, ...exclusionReasons], reasonKey);
  }

  const fields = FIELD_IDS.filter((f) => outcomes.some((o) => o.population.exposed.includes(f)));
  const overlapList: Overlap[] = [...overlaps.values()]
    .sort((a, b) => a.relationshipIndex - b.relationshipIndex || (a.kind === 'certain' ? -1 : 1))
    .map((o) => ({ relationshipIndex: o.relationshipIndex, kind: o.kind, months: toSpan(o.months) }));
  return {
    result: {
      id: incident.id,
      status,
      reasons,
      populations: outcomes.map((o) => o.population.id),
      fields,
      window: incidentWindow(incident, now),
      overlaps: status === 'not-affected' ? [] : overlapList,
    },
    populationStatus: new Map(outcomes.map((o) => [o.population.id, o.status])),
  };
}

/** The union of the incident's group windows (see IncidentWindow). */
function incidentWindow(incident: Incident, now: MonthIndex): IncidentWindow {
  const members = incident.populations.flatMap((p) => p.members.map((m) => m.membership));
  const dated = members.filter((m) => m.kind === 'active-during' || m.kind === 'began-by');
  const windows: WindowMonths[] = (dated.length > 0 ? dated : members).map((m) => membershipWindow(m, now));
  let window: { dated: MonthRange | null; whole: MonthRange | null; possible: MonthRange | null } = {
    dated: null,
    whole: null,
    possible: null,
  };
  for (const w of windows) {
    window = {
      dated: hull(window.dated, w.dated),
      whole: hull(window.whole, w.whole),
      possible: hull(window.possible, w.possible),
    };
  }
  // The catalog schema guarantees at least one member; the fallback only keeps the type total.
  const fallback = { from: now, to: now };
  return {
    dated: toSpan(window.dated ?? fallback),
    whole: toSpan(window.whole),
    possible: toSpan(window.possible ?? fallback),
    startUndisclosed: windows.some((w) => w.startUndisclosed),
  };
}

function timelineOf(r: Relationship): RelationshipTimeline {
  const applicationOnly = r.type === 'applicant' && r.toAnswer === undefined;
  return {
    index: r.index,
    type: r.type,
    possible: toSpan(applicationOnly ? r.event : r.possible),
    certain: applicationOnly ? null : toSpan(r.certain),
    whole: applicationOnly ? null : toSpan(r.whole),
    event: applicationOnly,
    ongoing: r.ongoing,
  };
}

function dedupe<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Per field: the strongest status and the incidents that exposed it (catalog order). */
function collectFields(catalog: readonly Incident[], outcomes: readonly IncidentOutcome[]): FieldResult[] {
  const byField = new Map<FieldId, { status: ExposedStatus; incidents: IncidentId[] }>();
  outcomes.forEach(({ populationStatus }, i) => {
    const incident = catalog[i] as Incident;
    for (const population of incident.populations) {
      const status = populationStatus.get(population.id);
      if (status === undefined) continue;
      for (const field of population.exposed) {
        const entry = byField.get(field) ?? { status, incidents: [] };
        entry.status = stronger(entry.status, status);
        if (!entry.incidents.includes(incident.id)) entry.incidents.push(incident.id);
        byField.set(field, entry);
      }
    }
  });
  const fields: FieldResult[] = FIELD_IDS.flatMap((id) => {
    const entry = byField.get(id);
    return entry ? [{ id, status: entry.status, incidents: entry.incidents }] : [];
  });
  // Strongest status first; vocabulary order inside a status (stable sort).
  return fields.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status]);
}

function offerAvailability(
  definition: ActionDefinition,
  catalog: readonly Incident[],
  asOfDay: string,
): Pick<ActionResult, 'available' | 'availability' | 'endedOn'> {
  const offer = definition.offer;
  if (!offer) return { available: true };
  const incident = catalog.find((i) => i.id === offer.incident);
  const recorded = incident?.offers.find((o) => offer.offerIds.includes(o.id));
  const status = recorded?.status ?? offer.fallback.status;
  const endedOn = recorded?.endedOn ?? offer.fallback.endedOn;
  if (status === 'ended' && endedOn !== undefined && asOfDay <= endedOn) {
    // Assessing as of a date before the deadline: it was still open then.
    return { available: true, availability: 'open' };
  }
  if (status === 'open') return { available: true, availability: 'open' };
  return endedOn === undefined
    ? { available: false, availability: status }
    : { available: false, availability: status, endedOn };
}

/**
 * Relationship types that come with a T-Mobile or Metro account (a Sprint
 * account that moved, or one the person cannot place). Not Sprint/Boost
 * before the merger (Boost left for DISH), nor another carrier on
 * T-Mobile's network.
 */
const CUSTOMER_TYPES: readonly RelationshipType[] = ['postpaid', 'prepaid', 'metro', 'sprint', 'sprint_moved'];

/**
 * Whether some customer relationship may still be active in the "as of"
 * month: still going on, an unknown or absent end, or an end (month or year)
 * that can reach that month. When in doubt, yes: account actions stay urgent.
 */
function mayStillBeCustomer(relationships: readonly Relationship[], now: MonthIndex): boolean {
  return relationships.some((r) => CUSTOMER_TYPES.includes(r.type) && (r.ongoing || r.end.to >= now));
}

function planActions(
  catalog: readonly Incident[],
  incidents: readonly IncidentResult[],
  fields: readonly FieldResult[],
  asOfDay: string,
  stillCustomer: boolean,
  types: ReadonlySet<RelationshipType>,
): ActionResult[] {
  const fieldById = new Map(fields.map((f) => [f.id, f]));
  const incidentById = new Map(incidents.filter((i) => i.status !== 'not-affected').map((i) => [i.id, i]));
  const order = catalog.map((i) => i.id);
  const actions: ActionResult[] = [];
  for (const definition of ACTIONS as readonly ActionDefinition[]) {
    if (definition.relationships && !definition.relationships.some((t) => types.has(t))) continue;
    const triggerFields = definition.fields.filter((f) => fieldById.has(f));
    const triggerIncidents = definition.incidents.filter((i) => incidentById.has(i));
    if (triggerFields.length === 0 && triggerIncidents.length === 0) continue;
    const involved = new Set<IncidentId>(triggerIncidents);
    let status: ExposedStatus = 'possible';
    for (const f of triggerFields) {
      const field = fieldById.get(f) as FieldResult;
      field.incidents.forEach((i) => involved.add(i));
      status = stronger(status, field.status);
    }
    for (const i of triggerIncidents)
      status = stronger(status, (incidentById.get(i) as IncidentResult).status as ExposedStatus);
    const former = stillCustomer ? undefined : definition.formerCustomer;
    const availability = offerAvailability(definition, catalog, asOfDay);
    const onlyIfStillCustomer = former?.onlyIfStillCustomer === true;
    const alternative = definition.alternative;
    actions.push({
      id: definition.id,
      // Likely exposure of sensitive data drives "now"; possible-only exposure never does.
      priority: former?.priority ?? definition.priority[status],
      group: definition.group,
      countsTowardProgress: availability.available && !onlyIfStillCustomer,
      ...(onlyIfStillCustomer ? { onlyIfStillCustomer: true as const } : {}),
      ...availability,
      fields: FIELD_IDS.filter((f) => triggerFields.includes(f)),
      incidents: order.filter((i) => involved.has(i)),
      status,
      minutes: definition.minutes,
      steps: definition.steps,
      links: definition.links.map((l) => ({ id: l.id, url: l.url, source: l.source })),
      ...(alternative
        ? {
            alternative: {
              id: alternative.id,
              steps: alternative.steps,
              links: alternative.links.map((l) => ({ id: l.id, url: l.url, source: l.source })),
            },
          }
        : {}),
    });
  }
  // ACTIONS is already in urgency order; priority first, then that order, with
  // actions that can no longer be taken after the ones that can.
  return actions
    .map((action, position) => ({ action, position }))
    .sort(
      (a, b) =>
        PRIORITIES.indexOf(a.action.priority) - PRIORITIES.indexOf(b.action.priority) ||
        Number(b.action.available) - Number(a.action.available) ||
        a.position - b.position,
    )
    .map(({ action }) => action);
}

/**
 * Assesses validated answers. `options.asOf` is a "YYYY-MM-DD" day (default
 * today); an invalid one is a programming error and throws a RangeError (use
 * assessInput at boundaries).
 */
export function assess(answers: Answers, options: AssessOptions = {}): Assessment {
  const asOfDay = options.asOf ?? isoDayOf(new Date());
  if (!isIsoDay(asOfDay)) throw new RangeError(`asOf must be a YYYY-MM-DD date, got ${JSON.stringify(asOfDay)}`);
  const now = currentMonth(asOfDay) as MonthIndex;
  const catalog = options.catalog ?? CATALOG;
  const relationships = answers.relationships.map((r, index) => toRelationship(r, index, now));

  const evaluated = relationships.flatMap(evaluatedAs);
  const outcomes = catalog.map((incident) => assessIncident(incident, evaluated, now));
  const incidents = outcomes.map((o) => o.result);
  const fields = collectFields(catalog, outcomes);
  const types = new Set(relationships.map((r) => r.type));
  const actions = planActions(catalog, incidents, fields, asOfDay, mayStillBeCustomer(relationships, now), types);
  return { asOf: asOfDay, relationships: relationships.map(timelineOf), incidents, fields, actions };
}

export type AssessInputResult = { ok: true; assessment: Assessment } | { ok: false; errors: AnswerError[] };

/** For untrusted input (URL fragment, command line): validates, then assesses. Never throws. */
export function assessInput(input: unknown, options: AssessOptions = {}): AssessInputResult {
  const asOfDay = options.asOf ?? isoDayOf(new Date());
  if (!isIsoDay(asOfDay)) return { ok: false, errors: [{ path: ['asOf'], code: 'as-of-invalid' }] };
  const parsed = parseAnswers(input, asOfDay);
  if (!parsed.ok) return parsed;
  return { ok: true, assessment: assess(parsed.value, { ...options, asOf: asOfDay }) };
}
