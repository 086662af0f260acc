'use client';

import type { Reason, Status } from '@/lib/assessment/types';
import { reasonMessage } from '@/lib/assessment/reasons';
import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/dates';
import { useDataMessages } from '../useDataMessages';
import { reasonsToShow } from '@/lib/results/view-model';

/**
 * One engine reason in words: `reasonMessage` gives its message key and
 * arguments (typed per reason code), with months written by the site's date
 * formatter ("November 2022" / « novembre 2022 »).
 */
function useReasonText() {
  const t = useTranslations('Results');
  const m = useDataMessages();
  const locale = useLocale();
  return (reason: Reason | null, status: Status): string => {
    const fallback = t(`reasonFallback.${status}`);
    if (!reason) return fallback;
    const { key, values } = reasonMessage(reason, (iso) => formatDate(locale, iso));
    return m(key, values, fallback);
  };
}

/**
 * An incident's reasons as sentences, each said once: two populations matched
 * by the same relationship over the same months read the same in words.
 */
export function useReasonSentences() {
  const text = useReasonText();
  return (reasons: readonly Reason[], status: Status): string[] => {
    const shown = reasonsToShow(reasons, status);
    const sentences = shown.length ? shown.map((r) => text(r, status)) : [text(null, status)];
    return [...new Set(sentences)];
  };
}
