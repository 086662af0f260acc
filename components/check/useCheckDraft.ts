import { useEffect, useState } from 'react';
import { answersToForm, emptyForm, type CheckFormValues } from '@/lib/answers/form';
import { readDraft, writeDraft } from '@/lib/answers/draft-storage';
import { decodeAnswersFragment } from '@/lib/answers/fragment';
import { safeStorage } from '@/lib/storage';

type DraftNotice = 'corrupt' | 'outdated';
type Initial = { values: CheckFormValues; notice: DraftNotice | null };

/**
 * What the form starts from: the draft of this tab (reload, back button,
 * language switch), else answers carried by a results link in the fragment,
 * else nothing. A draft that cannot be read is dropped with a quiet notice.
 */
function loadInitial(): Initial {
  const draft = readDraft(safeStorage('sessionStorage'));
  if (draft.ok) return { values: draft.draft.values, notice: null };
  const notice = draft.reason === 'empty' ? null : draft.reason;
  if (typeof window !== 'undefined' && window.location.hash) {
    const fromLink = decodeAnswersFragment(window.location.hash);
    if (fromLink.ok) return { values: answersToForm(fromLink.value), notice };
  }
  return { values: emptyForm(), notice };
}

/**
 * The saved answers: read once when the questionnaire opens, written to this
 * tab's sessionStorage (never anywhere else) on every change. The notice about
 * an unreadable draft stays until the person moves on.
 */
export function useCheckDraft() {
  const [initial] = useState(loadInitial);
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
