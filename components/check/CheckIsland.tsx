import { Suspense } from 'react';
import { CheckFallback } from './CheckFallback';
import { CheckFlow } from './CheckFlow';

/**
 * The questionnaire as its page prerenders it and as its island hydrates it
 * (components/islands/check.tsx): one tree for both, so they cannot drift
 * apart. The form reads `?step=` and the draft in the browser, hence the
 * Suspense boundary, whose fallback the prerender shows.
 */
export function CheckIsland() {
  return (
    <Suspense fallback={<CheckFallback />}>
      <CheckFlow />
    </Suspense>
  );
}
