'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { IncidentResult, MonthSpan } from '@/lib/assessment/types';
import { formatMonthSpan } from '@/lib/dates';
import { byCode } from '@/lib/order';
import { useResults } from './context';
import { useIncidentName } from './useIncidentName';
import { useDataMessages } from '../useDataMessages';
import { StatusBadge } from './StatusBadge';
import { useRelationshipText } from './useRelationshipText';

function useSpanText() {
  const locale = useLocale();
  return (span: MonthSpan) => formatMonthSpan(locale, span);
}

/**
 * The timeline as a list read top to bottom, oldest first: each incident
 * that concerned you (likely or possible) with the months the engine dated
 * it to, its result beside its name, and which of your connections met it
 * and how surely. Everything comes from the assessment, never from a second
 * reading of the answers, so it cannot disagree with the verdicts; a list
 * needs no sideways scrolling on a phone.
 */
export function Timeline() {
  const t = useTranslations('Results.timeline');
  const tr = useTranslations('Results');
  const m = useDataMessages();
  const name = useIncidentName();
  const span = useSpanText();
  const relText = useRelationshipText();
  const { answers, assessment } = useResults();
  const concerned = assessment.incidents
    .filter((r) => r.status !== 'not-affected')
    .sort((a, b) => byCode(a.window.dated.from, b.window.dated.from) || byCode(a.id, b.id));

  const connections = (r: IncidentResult) =>
    r.overlaps.map((o) => {
      const type = answers.relationships[o.relationshipIndex]?.type ?? assessment.relationships[o.relationshipIndex]?.type;
      const label = type ? m(`Relationships.${type}.label`, undefined, type) : '';
      return { key: `${o.relationshipIndex}-${o.kind}`, text: o.kind === 'possible' ? t('uncertain', { label }) : label, months: span(o.months) };
    });

  return (
    <section aria-labelledby="timeline-heading" className="results-timeline">
      <h2 id="timeline-heading">{t('heading')}</h2>
      <details className="timeline-details">
        <summary>{t('show')}</summary>
        <h3>{t('relationshipsCaption')}</h3>
        <ul className="timeline-relationships">
          {answers.relationships.map((rel, i) => {
            const { label, period } = relText(rel);
            return (
              <li key={i}>
                {tr('basis.item', { label, period })}
              </li>
            );
          })}
        </ul>
        <h3>{t('tableCaption')}</h3>
        {concerned.length === 0 ? (
          <p>{t('noConnection')}</p>
        ) : (
          <ol className="timeline-list">
            {concerned.map((r) => (
              <li key={r.id} className={`timeline-item timeline-item--${r.status}`}>
                <p className="timeline-item__when">{span(r.window.dated)}</p>
                <p className="timeline-item__name">
                  <strong>{name(r.id)}</strong> <StatusBadge status={r.status} />
                </p>
                <p className="timeline-item__you">
                  {t('colYou')}{' '}
                  {connections(r).length
                    ? connections(r)
                        .map((c) => `${c.text} (${c.months})`)
                        .join(', ')
                    : t('noConnection')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
