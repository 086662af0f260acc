// The questionnaire's first load holds what draws and fills the form; the
// answers schema and zod (about 10 KB gzip with the checks around them) come in
// a chunk of their own, imported the first time they are needed: on the first
// Continue, when saved answers are to be restored, or when the browser is idle
// after the form has appeared, whichever comes first. The chunk is still
// downloaded on almost every visit, only later: after the first screen instead
// of before it.
import type { Resolver } from 'react-hook-form';
import type { CheckFormValues } from '@/lib/answers/form';
import type { CheckContext } from './issues';

type Deferred = typeof import('./deferred');

let pending: Promise<Deferred> | undefined;

/** The chunk, imported once; a failed download (a dropped connection) is tried again next time. */
export function loadDeferred(): Promise<Deferred> {
  pending ??= import('./deferred').catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** Starts the import when the browser has nothing else to do, so the first Continue does not wait for it. */
export function preloadWhenIdle(): () => void {
  const start = () => void loadDeferred().catch(() => {});
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(start, { timeout: 3000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(start, 1000);
  return () => window.clearTimeout(id);
}

/** react-hook-form accepts an async resolver: it awaits it on every submit. */
export const lazyResolver: Resolver<CheckFormValues, CheckContext> = async (values, context, options) =>
  (await loadDeferred()).checkResolver(values, context, options);
