import { byCode } from '../order';
import type { Incident } from './types';
import type { IncidentId } from './vocabulary';
import { INCIDENTS } from './incidents';
import { incidentSortDate } from './helpers';

/**
 * Date the catalog was last checked against the fact sheet
 * (docs/research/incidents.md). Shown on the about page. Update it
 * whenever the fact sheet or the catalog changes.
 */
export const CATALOG_REVIEWED_ON = '2026-11-29';

/** Every documented incident, oldest first (by disclosure date). */
export const CATALOG: readonly Incident[] = [...INCIDENTS].sort((a, b) => byCode(incidentSortDate(a), incidentSortDate(b)));

const BY_ID: ReadonlyMap<string, Incident> = new Map(CATALOG.map((i) => [i.id, i]));

export function getIncident(id: IncidentId): Incident;
export function getIncident(id: string): Incident | undefined;
export function getIncident(id: string): Incident | undefined {
  return BY_ID.get(id);
}

export { getSource } from './sources';
export * from './helpers';
