import * as z from 'zod/mini';
import type { Answers } from '../answers/types';
import { encodeAnswersFragment } from '../answers/fragment';
import { ACTION_IDS, type ActionId, isOneOf } from '../catalog/vocabulary';

/**
 * The checklist's "Done" boxes, saved on this device only. Locale-free (action
 * ids, not titles) so a language switch keeps them; versioned so a future
 * shape can be told apart; validated on every read because anything can be in
 * storage (an old version, another tab, a curious user).
 *
 * Version 2 keeps one set of ticks per set of answers, keyed by a short hash
 * of the canonical fragment: opening a family member's results link on the
 * same device must not show your ticks. The hash is not a secret (the answers
 * are in the link anyway); it only avoids storing the answers twice.
 */
export const PROGRESS_KEY = 'exposure-check:progress';
/** Every key this site writes starts with this prefix ("Forget" clears them all). */
export const STORAGE_PREFIX = 'exposure-check:';
export const PROGRESS_VERSION = 2;
/** Kept sets of ticks at most; the least recently written go first. */
export const MAX_PROGRESS_SETS = 20;

/** FNV-1a 32-bit, as 8 hex digits: stable across browsers and versions, no dependency. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The id under which the ticks for these answers are kept: the hash of their canonical fragment. */
export function progressIdOf(answers: Answers): string {
  return shortHash(encodeAnswersFragment(answers));
}

const storedSchema = z.object({
  v: z.literal(PROGRESS_VERSION),
  // Unknown ids are tolerated here and dropped below: a later catalog may
  // retire an action, and that must not throw away the rest of the progress.
  sets: z.record(z.string().check(z.regex(/^[0-9a-f]{8}$/)), z.array(z.string())),
  // Least recently written first. JSON object keys cannot carry the order:
  // JavaScript puts keys that look like numbers ("12345678") first.
  order: z.optional(z.array(z.string())),
});
/** Version 1 had one list for the whole device: it cannot be matched to answers, so it is set aside. */
const legacySchema = z.object({ v: z.literal(1), done: z.array(z.string()) });

export type ProgressStatus =
  | 'empty'
  | 'ok'
  /** something was stored but it is not progress we understand: ignored (and the notice says so) */
  | 'ignored'
  /** ticks from version 1, kept for the whole device: not matched to any answers, not shown */
  | 'legacy'
  /** storage itself is unavailable (disabled, private mode quirks) */
  | 'unavailable';

export type ProgressRead = { status: ProgressStatus; done: ReadonlySet<ActionId> };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Sets = Record<string, ActionId[]>;

function knownIds(ids: readonly string[]): ActionId[] {
  return [...new Set(ids.filter((id): id is ActionId => isOneOf(ACTION_IDS, id)))].sort();
}

/** Pure: every set of ticks in a stored string, or why there is none. Never throws. */
export function parseProgressStore(raw: string | null): {
  status: 'empty' | 'ok' | 'ignored' | 'legacy';
  sets: Sets;
  /** set ids, least recently written first */
  order: string[];
} {
  if (raw === null) return { status: 'empty', sets: {}, order: [] };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'ignored', sets: {}, order: [] };
  }
  if (legacySchema.safeParse(json).success) return { status: 'legacy', sets: {}, order: [] };
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { status: 'ignored', sets: {}, order: [] };
  const sets: Sets = {};
  for (const [id, done] of Object.entries(parsed.data.sets)) sets[id] = knownIds(done);
  // Ids missing from `order` (a store written before it existed) count as the oldest.
  const listed = (parsed.data.order ?? []).filter((id, i, all) => Object.hasOwn(sets, id) && all.indexOf(id) === i);
  const order = [...Object.keys(sets).filter((id) => !listed.includes(id)), ...listed];
  return { status: 'ok', sets, order };
}

/** Pure: the ticks for one set of answers in a stored string. */
export function parseProgress(raw: string | null, progressId: string): ProgressRead {
  const store = parseProgressStore(raw);
  const done = new Set<ActionId>(Object.hasOwn(store.sets, progressId) ? store.sets[progressId] : []);
  return { status: store.status, done };
}

/**
 * Pure: the string to store once the ticks of `progressId` are `done`, keeping
 * the other sets (an unreadable or version-1 store is replaced). Sorted so the
 * same progress always serializes the same way; an empty set is dropped.
 */
export function serializeProgress(previous: string | null, progressId: string, done: Iterable<ActionId>): string {
  const { sets, order: previousOrder } = parseProgressStore(previous);
  const ids = knownIds([...done]);
  const others = previousOrder.filter((id) => id !== progressId);
  const order = (ids.length ? [...others, progressId] : others).slice(-MAX_PROGRESS_SETS);
  const kept = Object.fromEntries(order.map((id) => [id, id === progressId ? ids : sets[id]!]));
  return JSON.stringify({ v: PROGRESS_VERSION, sets: kept, order });
}

export function readProgress(storage: StorageLike | null | undefined, progressId: string): ProgressRead {
  if (!storage) return { status: 'unavailable', done: new Set() };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { status: 'unavailable', done: new Set() };
  }
  return parseProgress(raw, progressId);
}

/** false when the browser refused (quota, disabled storage): the page keeps working without saving. */
export function writeProgress(
  storage: StorageLike | null | undefined,
  progressId: string,
  done: Iterable<ActionId>,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROGRESS_KEY, serializeProgress(storage.getItem(PROGRESS_KEY), progressId, done));
    return true;
  } catch {
    return false;
  }
}

type ClearableStorage = Pick<Storage, 'key' | 'length' | 'removeItem'>;

/** Removes every key of this site from one storage area; returns how many were removed. Never throws. */
export function clearSiteKeys(storage: ClearableStorage | null | undefined): number {
  if (!storage) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
    return keys.length;
  } catch {
    return 0;
  }
}
