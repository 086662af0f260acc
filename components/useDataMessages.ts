import { useTranslations, type Messages } from 'next-intl';
import { useMemo, type ReactNode } from 'react';

type Values = Record<string, string | number | Date>;
type RichValues = Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>;

/**
 * A translator for keys built from data: incident ids, field ids, action ids,
 * reason and error codes. next-intl's typed `t` checks keys written in the
 * code; these keys only exist at run time, so this is the one place they are
 * looked up. Unit tests check that every key the catalog and the engine can
 * produce exists in both languages; here a missing key still throws in
 * development and tests (a component test then fails), and in production
 * gives `fallback` (or an empty string) instead of a raw key on screen.
 * `has` is for keys that are optional by design (a note, a duration).
 */
export type DataMessages = {
  (key: string, values?: Values, fallback?: string): string;
  rich(key: string, values: RichValues, fallback?: string): ReactNode;
  has(key: string): boolean;
};

/** What a missing key does: throw where someone can fix it, degrade where a reader would see it. */
function missing(namespace: string | undefined, key: string, fallback: string | undefined): string {
  const full = namespace ? `${namespace}.${key}` : key;
  if (process.env.NODE_ENV !== 'production') throw new Error(`Missing message: ${full}`);
  return fallback ?? '';
}

/** Keys relative to `namespace` (a top-level namespace of messages/en.json), or full keys without one. */
export function useDataMessages(namespace?: keyof Messages): DataMessages {
  const t = useTranslations(namespace);
  return useMemo(() => {
    // The typed translator only accepts literal keys; this is where a run-time key is handed to it.
    type Key = Parameters<typeof t>[0];
    const has = (key: string): boolean => t.has(key as Key);
    const text = (key: string, values?: Values, fallback?: string): string =>
      has(key) ? t(key as Key, values) : missing(namespace, key, fallback);
    const rich = (key: string, values: RichValues, fallback?: string): ReactNode =>
      has(key) ? t.rich(key as Key, values) : missing(namespace, key, fallback);
    return Object.assign(text, { rich, has });
  }, [t, namespace]);
}
