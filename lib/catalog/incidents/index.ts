// Every documented incident, the one list: INCIDENT_IDS, IncidentId and
// CATALOG are derived from it. Adding an incident means adding its file here.
import type { IncidentId } from '../vocabulary';
import { INCIDENT_2015_09 } from './2015-09-experian';
import { INCIDENT_2018_08 } from './2018-08-account-data';
import { INCIDENT_2019_11 } from './2019-11-prepaid';
import { INCIDENT_2020_03 } from './2020-03-email-vendor';
import { INCIDENT_2020_12 } from './2020-12-cpni';
import { INCIDENT_2021_08 } from './2021-08-cyberattack';
import { INCIDENT_2023_01 } from './2023-01-api';
import { INCIDENT_2023_04 } from './2023-04-pin';

export const INCIDENTS = [
  INCIDENT_2015_09,
  INCIDENT_2018_08,
  INCIDENT_2019_11,
  INCIDENT_2020_03,
  INCIDENT_2020_12,
  INCIDENT_2021_08,
  INCIDENT_2023_01,
  INCIDENT_2023_04,
] as const;

/** Incident ids in file order. */
export const INCIDENT_IDS: readonly IncidentId[] = INCIDENTS.map((i) => i.id);
