import { use, useEffect, useState } from 'react';
import { emptyForm, type CheckFormValues } from '@/lib/answers/form';
import { DRAFT_STORAGE_KEY, writeDraft } from '@/lib/answers/draft-write';
import { safeStorage } from '@/lib/storage';
import { loadDeferred } from './lazy';
import type { Initial } from './restore';

/**
 * Whether there may be answers to restore: a draft in this tab, or a fragment
 * (a results link). Only then is the reader (with the schemas) needed first.
 */
function somethingToRestore(): boolean {
  if (typeof window === 'undefined') return false;
  if (window.location.hash.length > 1) return true;
  try {
    const raw = safeStorage('sessionStorage')?.getItem(DRAFT_STORAGE_KEY);
    return raw !== null && raw !== undefined && raw !== '';
  } catch {
    return false;
  }
}

const nothingSaved = (): Initial => ({ values: emptyForm(), notice: null });

/**
 * The saved answers: read once when the questionnaire opens, written to this
 * tab's sessionStorage (never anywhere else) on every change. The notice about
 * an unreadable draft stays until the person moves on. When there is something
 * to read, the form waits (suspends, so the page keeps its placeholder heading)
 * until the reader is imported: it never shows an empty form and then swaps in
 * the saved answers.
 */
export function useCheckDraft() {
  const [restore] = useState(somethingToRestore);
  const reader = restore ? use(loadDeferred()) : null;
  const [initial] = useState<Initial>(() => (reader ? reader.loadInitial() : nothingSaved()));
  const [notice, setNotice] = useState(initial.notice);
  return {
    initialValues: initial.values,
    notice,
    dismissNotice: () => setNotice(null),
  };
}

/** Writes the draft whenever the watched values change. */
export function useSaveDraft(values: unknown, read: () => CheckFormValues) {
  useEffect(() => {
    writeDraft(safeStorage('sessionStorage'), read());
  }, [values, read]);
}
