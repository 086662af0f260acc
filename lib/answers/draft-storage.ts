// The unfinished questionnaire, kept in sessionStorage so that a reload, the
// back button or a language switch loses nothing. sessionStorage (not
// localStorage): the draft disappears when the tab closes, which is what a
// person checking on a shared computer expects. Whatever is read back is
// validated: storage may be disabled, full, edited by hand or left by an
// older version of the site.
import * as z from 'zod/mini';
import { RELATIONSHIP_TYPES } from '../catalog/vocabulary';
import { MAX_RELATIONSHIPS } from './schema';
import type { CheckFormValues } from './form';

export const DRAFT_STORAGE_KEY = 'exposure-check:draft';
const DRAFT_VERSION = 1;

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

/** The bits of Storage used here, so tests can pass a fake or a throwing one. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
