import type { Incident } from './types';
import type { IncidentId } from './vocabulary';
import { INCIDENT_2015_09 } from './incidents/2015-09-experian';
import { INCIDENT_2018_08 } from './incidents/2018-08-account-data';
import { INCIDENT_2019_11 } from './incidents/2019-11-prepaid';
import { INCIDENT_2020_03 } from './incidents/2020-03-email-vendor';
import { INCIDENT_2020_12 } from './incidents/2020-12-cpni';
import { INCIDENT_2021_08 } from './incidents/2021-08-cyberattack';
import { INCIDENT_2023_01 } from './incidents/2023-01-api';
import { INCIDENT_2023_04 } from './incidents/2023-04-pin';
import { incidentSortDate } from './helpers';

/**
 * Date the catalog was last checked against the fact sheet
 * (docs/research/incidents.md, a snapshot of the shared research fact sheet). Shown on the about page. Update it
 * whenever the fact sheet or the catalog changes.
 */
export const CATALOG_REVIEWED_ON = '2026-11-22';

/** Every documented incident, oldest first (by disclosure date). */
export const CATALOG: readonly Incident[] = [
  INCIDENT_2015_09,
  INCIDENT_2018_08,
  INCIDENT_2019_11,
  INCIDENT_2020_03,
  INCIDENT_2020_12,
  INCIDENT_2021_08,
  INCIDENT_2023_01,
  INCIDENT_2023_04,
].sort((a, b) => incidentSortDate(a).localeCompare(incidentSortDate(b)));

const BY_ID: ReadonlyMap<string, Incident> = new Map(CATALOG.map((i) => [i.id, i]));

export function getIncident(id: IncidentId): Incident;
export function getIncident(id: string): Incident | undefined;
export function getIncident(id: string): Incident | undefined {
  return BY_ID.get(id);
}

export { SOURCES, getSource } from './sources';
export * from './helpers';
