// Reading back saved answers, through the schemas (zod): imported on demand
// (lazy.ts), only when there is something to read.
import { answersToForm, emptyForm, type CheckFormValues } from '@/lib/answers/form';
import { readDraft } from '@/lib/answers/draft-storage';
import { decodeAnswersFragment } from '@/lib/answers/fragment';
import { safeStorage } from '@/lib/storage';

type DraftNotice = 'corrupt' | 'outdated';
export type Initial = { values: CheckFormValues; notice: DraftNotice | null };

/**
 * What the form starts from: the draft of this tab (reload, back button,
 * language switch), else answers carried by a results link in the fragment,
 * else nothing. A draft that cannot be read is dropped with a quiet notice.
 */
export function loadInitial(): Initial {
  const draft = readDraft(safeStorage('sessionStorage'));
  if (draft.ok) return { values: draft.draft.values, notice: null };
  const notice = draft.reason === 'empty' ? null : draft.reason;
  if (typeof window !== 'undefined' && window.location.hash) {
    const fromLink = decodeAnswersFragment(window.location.hash);
    if (fromLink.ok) return { values: answersToForm(fromLink.value), notice };
  }
  return { values: emptyForm(), notice };
}
