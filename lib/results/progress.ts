import * as z from 'zod/mini';
import { ACTION_IDS, type ActionId, isOneOf } from '../catalog/vocabulary';

/**
 * The checklist's "Done" boxes, saved on this device only. Locale-free (action
 * ids, not titles) so a language switch keeps them; versioned so a future
 * shape can be told apart; validated on every read because anything can be in
 * storage (an old version, another tab, a curious user).
 */
export const PROGRESS_KEY = 'exposure-check:progress';
/** Every key this site writes starts with this prefix ("Forget" clears them all). */
export const STORAGE_PREFIX = 'exposure-check:';
export const PROGRESS_VERSION = 1;

const storedSchema = z.object({
  v: z.literal(PROGRESS_VERSION),
  // Unknown ids are tolerated here and dropped below: a later catalog may
  // retire an action, and that must not throw away the rest of the progress.
  done: z.array(z.string()),
});

export type ProgressRead =
  | { status: 'empty'; done: ReadonlySet<ActionId> }
  | { status: 'ok'; done: ReadonlySet<ActionId> }
  /** something was stored but it is not progress we understand: ignored (and the notice says so) */
  | { status: 'ignored'; done: ReadonlySet<ActionId> }
  /** storage itself is unavailable (disabled, private mode quirks) */
  | { status: 'unavailable'; done: ReadonlySet<ActionId> };

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Pure: what a stored string means. Never throws, whatever the string. */
export function parseProgress(raw: string | null): ProgressRead {
  if (raw === null) return { status: 'empty', done: new Set() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'ignored', done: new Set() };
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return { status: 'ignored', done: new Set() };
  const done = new Set<ActionId>();
  for (const id of parsed.data.done) if (isOneOf(ACTION_IDS, id)) done.add(id);
  return { status: 'ok', done };
}

/** Pure: the string to store. Sorted so the same progress always serializes the same way. */
export function serializeProgress(done: Iterable<ActionId>): string {
  const ids = [...new Set(done)].filter((id) => isOneOf(ACTION_IDS, id)).sort();
  return JSON.stringify({ v: PROGRESS_VERSION, done: ids });
}

export function readProgress(storage: StorageLike | null | undefined): ProgressRead {
  if (!storage) return { status: 'unavailable', done: new Set() };
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return { status: 'unavailable', done: new Set() };
  }
  return parseProgress(raw);
}

/** false when the browser refused (quota, disabled storage): the page keeps working without saving. */
export function writeProgress(storage: StorageLike | null | undefined, done: Iterable<ActionId>): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROGRESS_KEY, serializeProgress(done));
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

/** window.localStorage / sessionStorage can throw on access (e.g. disabled cookies): never let that crash the page. */
export function safeStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[kind];
  } catch {
    return null;
  }
}
