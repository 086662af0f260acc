'use client';

import type { Reason, Status } from '@/lib/assessment/types';
import { argumentsOf, MONTH_ARGUMENTS } from '@/lib/assessment/reasons';
import { useTranslations } from 'next-intl';
import { useDateText } from './messages';
import { useDataMessages } from '../useDataMessages';
import { reasonsToShow } from '@/lib/results/view-model';

/**
 * One engine reason in words. Reasons are locale-free data; month arguments
 * ("2022-11", or "2022" when only the year was given) become "November 2022" /
 * "novembre 2022" here; `relationship` stays a code for the messages' select.
 * See the arguments convention in lib/assessment/reasons.ts.
 */
export function useReasonText() {
  const t = useTranslations('Results');
  const m = useDataMessages();
  const date = useDateText();
  return (reason: Reason | null, status: Status): string => {
    const fallback = t(`reasonFallback.${status}`);
    if (!reason) return fallback;
    const values = argumentsOf(reason);
    for (const key of MONTH_ARGUMENTS) {
      const v = values[key];
      if (typeof v === 'string') values[key] = date(v);
    }
    return m(`Reasons.${reason.code}`, values, fallback);
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
