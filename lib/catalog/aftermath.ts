// What regulators did after the incidents, when one decision spans several of
// them (fact sheet section 10). Shown on the pages of the incidents it covers
// and on the about page; wording under Catalog.aftermath.<id>.
import { citedSourceKeys } from './helpers';
import type { Aftermath, Incident, SourceKey } from './types';
import type { IncidentId } from './vocabulary';

type Entry = Aftermath & { readonly incidents: readonly IncidentId[]; readonly unconfirmed: readonly IncidentId[] };

export const AFTERMATH = [
  {
    // FCC Order DA 24-860, released 30 Sep 2024: it resolves "a 2021 cyberattack, a 2022 platform access
    // incident, a 2023 sales application incident and a 2023 API incident". The 2022 one (an MVNO reseller
    // platform) is not in the catalog: no T-Mobile disclosure of it appears in the sources. That the "sales
    // application incident" is 2023-04-pin is plausible but not confirmed (open question 10).
    id: 'fcc-2024',
    date: '2024-09-30',
    incidents: ['2021-08-cyberattack', '2023-01-api'],
    unconfirmed: ['2023-04-pin'],
    sources: ['FCCCD', 'ARS24', 'CYSC24', 'BBB24', 'FCCLAW', 'TC2', 'CRANKY', 'ITT24', 'NM24', 'EPOCH24', 'OCA24'],
  },
] as const satisfies readonly Entry[];

/** The decisions that name an incident, or may concern it. */
export function aftermathOf(id: IncidentId): { entry: Entry; confirmed: boolean }[] {
  const entries: readonly Entry[] = AFTERMATH;
  const found: { entry: Entry; confirmed: boolean }[] = [];
  for (const entry of entries) {
    if (entry.incidents.includes(id)) found.push({ entry, confirmed: true });
    else if (entry.unconfirmed.includes(id)) found.push({ entry, confirmed: false });
  }
  return found;
}

/** Every source an incident page cites, numbered in this order: the incident's, then what followed it. */
export function pageSourceKeys(incident: Incident): SourceKey[] {
  return [...new Set([...citedSourceKeys(incident), ...aftermathOf(incident.id).flatMap((a) => a.entry.sources)])];
}
