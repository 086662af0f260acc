'use client';

import { useTranslations } from 'next-intl';
import { summarize } from '@/lib/results/view-model';
import { useResults, useTargetHref } from './context';
import { useDataMessages } from './messages';

export function Summary() {
  const t = useTranslations('Results.summary');
  const m = useDataMessages();
  const { assessment } = useResults();
  const href = useTargetHref();
  const s = summarize(assessment);
  return (
    <section aria-labelledby="summary-heading" className="results-summary">
      <h2 id="summary-heading">{t('heading')}</h2>
      <p className="lead" data-testid="summary-sentence">
        {t('sentence', { kind: s.kind, likely: s.likely, possible: s.possible })}
      </p>
      <ul className="results-numbers" aria-label={t('numbersLabel')}>
        <li className="results-number results-number--likely">
          <span className="results-number__value">{s.likely}</span> <span>{t('likely', { count: s.likely })}</span>
        </li>
        <li className="results-number results-number--possible">
          <span className="results-number__value">{s.possible}</span> <span>{t('possible', { count: s.possible })}</span>
        </li>
        <li className="results-number">
          <span className="results-number__value">{s.likelyFields}</span> <span>{t('fields', { count: s.likelyFields })}</span>
        </li>
      </ul>
      {s.mostUrgent && (
        <div className="results-urgent">
          <h3>{t('mostUrgent')}</h3>
          <p>
            <strong data-testid="most-urgent">{m.text(`Actions.${s.mostUrgent.id}.title`, undefined, s.mostUrgent.id)}</strong>
          </p>
          <p className="no-print">
            <a href={href(`action-${s.mostUrgent.id}`)}>{t('mostUrgentLink')}</a>
          </p>
        </div>
      )}
    </section>
  );
}
