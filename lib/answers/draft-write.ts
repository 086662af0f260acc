// Writing the questionnaire's draft (sessionStorage, see draft-storage.ts for
// why and for reading it back). Apart from the reader so that writing, done on
// every change from the first screen, does not bring the draft's zod schema
// into the page's first load.
import { MAX_RELATIONSHIPS } from './limits';
import type { CheckFormValues } from './form';

export const DRAFT_STORAGE_KEY = 'exposure-check:draft';
export const DRAFT_VERSION = 1;

/** The bits of Storage used here, so tests can pass a fake or a throwing one. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const clip = (value: string) => value.slice(0, 20);

/** Only the known keys, text clipped to the bounds above, so what is written always reads back. */
function normalize(values: CheckFormValues): CheckFormValues {
  return {
    types: [...values.types],
    relationships: values.relationships.slice(0, MAX_RELATIONSHIPS).map((r) => ({
      type: r.type,
      from: { month: clip(r.from.month), year: clip(r.from.year), noMonth: r.from.noMonth, unknown: r.from.unknown },
      to: {
        month: clip(r.to.month),
        year: clip(r.to.year),
        noMonth: r.to.noMonth,
        unknown: r.to.unknown,
        ongoing: r.to.ongoing,
      },
    })),
  };
}

/** Saves the draft; false when storage is unavailable or full (the form keeps working). */
export function writeDraft(storage: DraftStorage | null | undefined, values: CheckFormValues): boolean {
  if (!storage) return false;
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ v: DRAFT_VERSION, values: normalize(values) }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage | null | undefined): void {
  try {
    storage?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to do: there is no draft we can reach.
  }
}
