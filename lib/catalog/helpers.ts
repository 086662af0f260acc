// Pure helpers the pages (and the engine, if it wants) use to read the
// catalog. No wording here: only codes, ISO dates and orderings.
import type { DateFact, Incident, IsoPartialDate, Population, SourceKey } from './types';
import { FIELD_IDS, type FieldId } from './vocabulary';
import { hull, membershipWindow, toSpan, type MonthRange, type MonthSpan } from '../months';

/** The date an incident is filed under: its disclosure, else discovery, else access. */
export function incidentSortDate(incident: Incident): IsoPartialDate {
  for (const fact of [incident.disclosed, incident.discovered, incident.accessBegan]) {
    if (fact.kind === 'known') return fact.date;
  }
  return '0000';
}

/** Fields in vocabulary order, without duplicates. */
function sortFields(fields: Iterable<FieldId>): FieldId[] {
  const set = new Set(fields);
  return FIELD_IDS.filter((f) => set.has(f));
}

/** Every field any population of the incident reports exposed. */
export function exposedFields(incident: Incident): FieldId[] {
  return sortFields(incident.populations.flatMap((p) => p.exposed));
}

/**
 * Fields reported NOT exposed, for the incident as a whole or for some
 * population, minus any field another population had exposed (so the
 * "not exposed" column never contradicts the "exposed" one).
 */
export function notExposedFields(incident: Incident): FieldId[] {
  const exposed = new Set(exposedFields(incident));
  return sortFields(
    [...incident.notExposed, ...incident.populations.flatMap((p) => p.notExposed)].filter((f) => !exposed.has(f)),
  );
}

/** Every source key an incident cites anywhere, in citation order: its own list first. */
export function citedSourceKeys(incident: Incident): SourceKey[] {
  const keys: SourceKey[] = [...incident.sources];
  const dateSources = (d: DateFact) => (d.kind === 'known' ? d.sources : []);
  const populationSources = (p: Population) => [...p.sources, ...p.counts.flatMap((c) => c.sources)];
  keys.push(
    ...dateSources(incident.accessBegan),
    ...dateSources(incident.discovered),
    ...dateSources(incident.disclosed),
    ...incident.populations.flatMap(populationSources),
    ...incident.totals.flatMap((c) => c.sources),
    ...incident.offers.flatMap((o) => o.sources),
    ...(incident.excluded ?? []).flatMap((e) => e.sources),
  );
  return [...new Set(keys)];
}

/**
 * For an incident whose sources give only when access stopped: the stop
 * month, and the months the engine counts as possible for its groups (the
 * same window function, so the page and the verdicts cannot disagree); null
 * for other incidents. `possible` leaves out groups with their own earliest
 * month (`notBefore`), whose reach is shorter; null when every group has one.
 */
export function undisclosedStart(incident: Incident): { stop: MonthSpan['to']; possible: MonthSpan | null } | null {
  let stop: MonthRange | null = null;
  let possible: MonthRange | null = null;
  for (const p of incident.populations) {
    for (const m of p.members) {
      const membership = m.membership;
      if (membership.kind !== 'active-during' || membership.startUndisclosed !== true) continue;
      // `now` only matters for a malformed month, which the catalog schema rules out.
      const w = membershipWindow(membership, Number.MAX_SAFE_INTEGER);
      stop = hull(stop, { from: w.dated.to, to: w.dated.to });
      if (membership.notBefore === undefined) possible = hull(possible, w.possible);
    }
  }
  return stop === null ? null : { stop: toSpan(stop).to, possible: toSpan(possible) };
}
