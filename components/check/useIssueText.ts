'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';

/**
 * Issues carry full message keys ("Errors.date-in-future",
 * "Check.errors.monthNotNumber"), translated at render time so they follow
 * the page language. A key missing from the catalog falls back to a generic
 * line rather than printing a key.
 */
export function useIssueText(): (messageKey: string) => string {
  const t = useTranslations();
  return useCallback(
    (messageKey: string) => {
      type Key = Parameters<typeof t>[0];
      const key = messageKey as Key;
      return t.has(key) ? t(key) : t('Check.errors.unknownProblem');
    },
    [t],
  );
}
