import { createContext, useContext } from 'react';
import { encodeAnswersFragment } from '@/lib/answers/fragment';
import type { Answers } from '@/lib/answers/types';
import type { Assessment } from '@/lib/assessment/types';
import type { Incident } from '@/lib/catalog/types';
import type { IncidentId } from '@/lib/catalog/vocabulary';
import { targetHref } from '@/lib/results/location';

/** What the sections need besides the assessment; injected so tests can use fixtures. */
export type ResultsData = {
  answers: Answers;
  assessment: Assessment;
  incident: (id: IncidentId) => Incident | undefined;
};

export const ResultsContext = createContext<ResultsData | null>(null);

export function useResults(): ResultsData {
  const data = useContext(ResultsContext);
  if (!data) throw new Error('ResultsContext missing');
  return data;
}

/** In-page links that keep the answers in the address: `#v1;…;@<id>` (see lib/results/location.ts). */
export function useTargetHref(): (id: string) => string {
  const { answers } = useResults();
  const fragment = encodeAnswersFragment(answers);
  return (id: string) => targetHref(fragment, id);
}
