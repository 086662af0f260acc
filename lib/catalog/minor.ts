// Fact sheet section 9: minor or related incidents, mentioned on the about
// page only (not part of the self-check: very few people, or Sprint/Boost
// before the merger). Wording under About.minor.<id>.
import type { SourceKey } from './types';

export const MINOR_INCIDENTS = [
  { id: '2021-02-sim', sources: ['CSIDB21', 'GAL21'] },
  { id: '2021-12-sim', sources: ['MR21b'] },
  { id: '2023-09-app', sources: ['PA23'] },
  { id: '2019-06-sprint', sources: ['CRN19'] },
  { id: '2019-03-boost', sources: ['BOOST19'] },
] as const satisfies readonly { id: string; sources: readonly SourceKey[] }[];

/** Open questions of the fact sheet, About.open.<id>. */
export const OPEN_QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9'] as const;
