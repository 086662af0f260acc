import type { ReactNode } from 'react';

/**
 * Catalog wording is keyed by data (incident ids, population ids, count ids),
 * which next-intl's typed keys cannot express. This is the one place where a
 * translator is used with computed keys; tests/unit/catalog-messages.test.ts
 * checks that every key the catalog needs exists in both languages.
 */
export type LooseT = {
  (key: string, values?: Record<string, string | number | Date>): string;
  rich(key: string, values: Record<string, string | number | Date | ((chunks: ReactNode) => ReactNode)>): ReactNode;
  has(key: string): boolean;
};

export function loose(t: unknown): LooseT {
  return t as LooseT;
}
