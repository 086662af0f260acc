import { useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { SEARCH_CHANGE_EVENT } from '@/components/islands/navigation';
import { parseStep, stepHref, type StepId } from './steps';

/**
 * Puts the step in the address. Next's router (in development) follows
 * history.pushState by itself; the questionnaire's island, which runs without
 * it, learns of the change from SEARCH_CHANGE_EVENT.
 */
function pushStep(step: StepId, replace = false) {
  const url = `${window.location.pathname}${stepHref(step)}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(SEARCH_CHANGE_EVENT));
}

/** A later step without the answers it needs falls back to the first question. */
function stepFor(requested: StepId, rowCount: number): StepId {
  return requested !== 'relationships' && rowCount === 0 ? 'relationships' : requested;
}

/** The step the URL asks for (`?step=`), kept there so reload, Back and the language switch land on the same question. */
export function useRequestedStep(): StepId {
  return parseStep(useSearchParams().get('step'));
}

/** The step that can be shown (the URL is corrected to it), and a way to move to another. */
export function useStepFlow(requested: StepId, rowCount: number) {
  const step = stepFor(requested, rowCount);

  useEffect(() => {
    if (step !== requested) pushStep(step, true);
  }, [step, requested]);

  return { step, pushStep: (next: StepId) => pushStep(next) };
}
