// Fact sheet section 9: minor or related incidents, mentioned on the about
// page only (not part of the self-check: very few people, Sprint or Boost
// before the merger, claims T-Mobile denied, or no customer data notice).
// Wording under About.minor.<id>, each with what T-Mobile said. Oldest first.
import type { MinorIncident } from './types';

export const MINOR_INCIDENTS = [
  { id: '2019-03-boost', sources: ['BOOST19'] },
  { id: '2019-06-sprint', sources: ['CRN19'] },
  { id: '2021-02-sim', sources: ['CSIDB21', 'GAL21'] },
  { id: '2021-12-sim', sources: ['MR21b'] },
  { id: '2022-03-lapsus', sources: ['TT22', 'CF22', 'TCO22'] },
  { id: '2023-09-app', sources: ['PA23'] },
  { id: '2023-09-employee-claim', sources: ['AP23'] },
  { id: '2024-06-intelbroker', sources: ['ITS24'] },
  { id: '2024-08-cfius', sources: ['NLR24'] },
  { id: '2024-11-salt-typhoon', sources: ['CRN24', 'ITPRO24', 'BNN24'] },
  { id: '2025-01-washington', sources: ['SD25'] },
  { id: '2025-64-million-claim', sources: ['BS25'] },
] as const satisfies readonly MinorIncident[];

/** Open questions of the fact sheet, About.open.<id>. */
export const OPEN_QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11', 'q12'] as const;
