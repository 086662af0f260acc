// The unfinished questionnaire, kept in sessionStorage so that a reload, the
// back button or a language switch loses nothing. sessionStorage (not
// localStorage): the draft disappears when the tab closes, which is what a
// person checking on a shared computer expects. Whatever is read back is
// validated: storage may be disabled, full, edited by hand or left by an
// older version of the site.
import * as z from 'zod/mini';
import { RELATIONSHIP_TYPES } from '../catalog/vocabulary';
import { MAX_RELATIONSHIPS } from './limits';
import type { CheckFormValues } from './form';
import { DRAFT_STORAGE_KEY, DRAFT_VERSION, type DraftStorage } from './draft-write';

// Writing needs no zod: the questionnaire writes on every change from its
// first load and reads (through the schema below) only when there is a draft.
export { clearDraft, DRAFT_STORAGE_KEY, writeDraft, type DraftStorage } from './draft-write';

/** Generous bounds: a draft holds what people typed, even if it is not valid yet. */
const text = z.string().check(z.maxLength(20));
const datePartsShape = { month: text, year: text, noMonth: z.boolean(), unknown: z.boolean() };
const draftValues = z.strictObject({
  types: z.array(z.enum(RELATIONSHIP_TYPES)).check(z.maxLength(RELATIONSHIP_TYPES.length)),
  relationships: z
    .array(
      z.strictObject({
        type: z.enum(RELATIONSHIP_TYPES),
        from: z.strictObject(datePartsShape),
        to: z.strictObject({ ...datePartsShape, ongoing: z.boolean() }),
      }),
    )
    .check(z.maxLength(MAX_RELATIONSHIPS)),
});
const draftSchema = z.strictObject({ v: z.literal(DRAFT_VERSION), values: draftValues });

type Draft = { values: CheckFormValues };
export type ReadDraftResult = { ok: true; draft: Draft } | { ok: false; reason: 'empty' | 'corrupt' | 'outdated' };

export function readDraft(storage: DraftStorage | null | undefined): ReadDraftResult {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(DRAFT_STORAGE_KEY) : null;
  } catch {
    return { ok: false, reason: 'empty' };
  }
  if (raw === null || raw === '') return { ok: false, reason: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const parsed = draftSchema.safeParse(json);
  if (parsed.success) return { ok: true, draft: { values: parsed.data.values } };
  const version = typeof json === 'object' && json !== null && 'v' in json ? (json as { v: unknown }).v : undefined;
  if (typeof version === 'number' && version !== DRAFT_VERSION) return { ok: false, reason: 'outdated' };
  return { ok: false, reason: 'corrupt' };
}
