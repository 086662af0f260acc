'use client';

import { useLocale, useTranslations } from 'next-intl';
import { CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { useResults } from './context';
import { useRelationshipText } from './useRelationshipText';
import { formatDate } from '@/lib/dates';

/**
 * Print-only: the answers and dates the plan was worked out from, so a
 * printed plan makes sense on its own (the link with the answers is not on
 * paper, and the timeline is not printed).
 */
export function AnswersBasis() {
  const t = useTranslations('Results');
  const locale = useLocale();
  const date = (iso: string) => formatDate(locale, iso);
  const relText = useRelationshipText();
  const { answers, assessment } = useResults();
  return (
    <section aria-labelledby="basis-heading" className="results-basis print-only" data-testid="answers-basis">
      <h2 id="basis-heading">{t('basis.heading')}</h2>
      <p>{t('basis.answers')}</p>
      <ul>
        {answers.relationships.map((rel, i) => {
          const { label, period } = relText(rel);
          return <li key={i}>{t('basis.item', { label, period })}</li>;
        })}
      </ul>
      <p>
        {t('reviewedOn', { date: date(CATALOG_REVIEWED_ON) })} {t('basis.assessedOn', { date: date(assessment.asOf) })}
      </p>
    </section>
  );
}
