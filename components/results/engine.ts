// What the results page needs once it has answers: the fragment's schema, the
// engine, the catalog and the results view. ResultsApp imports this module
// with import(), so the page's first paint (its heading and "Working out your
// results…") waits for none of it, and the browser parses and runs it in its
// own tasks rather than in one long task with hydration.
import { decodeAnswersFragment, encodeAnswersFragment } from '@/lib/answers/fragment';
import type { AnswerError, Answers } from '@/lib/answers/types';
import { assess } from '@/lib/assessment/assess';
import type { Assessment } from '@/lib/assessment/types';
import { splitResultsFragment } from '@/lib/results/location';

export { getIncident } from '@/lib/catalog';
export { ResultsView } from './ResultsView';

export type State =
  | { kind: 'loading' }
  | { kind: 'problem'; errors: AnswerError[] }
  | { kind: 'ready'; answers: Answers; assessment: Assessment; fragment: string; target: string | null }
  | { kind: 'forgotten' };

/** Everything happens here, in the browser: the answers are read from the fragment, which is never sent to a server. */
export function read(hash: string): State {
  const { answers: text, target } = splitResultsFragment(hash);
  const parsed = decodeAnswersFragment(text);
  if (!parsed.ok) return { kind: 'problem', errors: parsed.errors };
  const fragment = encodeAnswersFragment(parsed.value);
  return { kind: 'ready', answers: parsed.value, assessment: assess(parsed.value), fragment, target };
}
