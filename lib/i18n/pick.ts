import type { Messages } from 'next-intl';

/** Like next-intl's own: every key optional, all the way down (what its provider accepts). */
export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/**
 * What a client component receives of one namespace: all of it, or in each
 * of its entries only the listed keys ({ id: { a, b, c } } -> { id: { a, b } }),
 * so long texts it never reads stay out of the page's HTML.
 */
export type NamespacePick = 'all' | readonly string[];

type Tree = Record<string, unknown>;
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function keepKeys(namespace: unknown, keys: readonly string[]): Tree {
  const out: Tree = {};
  if (!isTree(namespace)) return out;
  for (const [id, entry] of Object.entries(namespace)) {
    if (!isTree(entry)) continue;
    const kept: Tree = {};
    for (const k of keys) if (k in entry) kept[k] = entry[k];
    out[id] = kept;
  }
  return out;
}

/**
 * The one picker: the subset of the message catalog a client component
 * needs, never the whole catalog (every namespace sent is weight in the page).
 */
export function pickMessages(
  messages: Messages,
  namespaces: { readonly [N in keyof Messages]?: NamespacePick },
): DeepPartial<Messages> {
  const out: Tree = {};
  for (const [name, pick] of Object.entries(namespaces) as [keyof Messages, NamespacePick][]) {
    out[name] = pick === 'all' ? messages[name] : keepKeys(messages[name], pick);
  }
  return out as DeepPartial<Messages>;
}
