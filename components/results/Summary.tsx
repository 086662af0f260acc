'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { actionDefinition } from '@/lib/assessment/actions';
import { CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { groupIncidents, headlineFields, summarize } from '@/lib/results/view-model';
import { DoneBox } from './Checklist';
import { useResults, useTargetHref } from './context';
import { useIncidentName } from './useIncidentName';
import { useDataMessages } from '../useDataMessages';
import type { Progress } from './useProgress';
import { formatDate } from '@/lib/dates';

/**
 * The first phone screen: which incidents likely touched you (by name), the
 * most sensitive of your data that was exposed (by name), and the first
 * thing to do with its own "Done" box. Where the facts come from fits on one
 * short line.
 */
export function Summary({ progress }: { progress: Progress }) {
  const t = useTranslations('Results.summary');
  const m = useDataMessages();
  const format = useFormatter();
  const locale = useLocale();
  const name = useIncidentName();
  const href = useTargetHref();
  const { assessment } = useResults();
  const s = summarize(assessment);
  const likely = groupIncidents(assessment).likely;
  const data = headlineFields(assessment.fields);
  const moreData = data ? assessment.fields.filter((f) => f.status === data.status).length - data.ids.length : 0;
  const labels = data ? data.ids.map((id) => m(`Fields.${id}.inSentence`, undefined, id)) : [];
  const first = s.mostUrgent;
  return (
    <section aria-labelledby="summary-heading" className="results-summary">
      <h2 id="summary-heading">{t('heading')}</h2>
      <p className="lead" data-testid="summary-sentence">
        {t('sentence', { kind: s.kind, likely: s.likely, possible: s.possible })}
      </p>
      {likely.length > 0 && (
        <ul className="results-summary__incidents" data-testid="summary-incidents">
          {likely.map((r) => (
            <li key={r.id}>
              <a href={href(`incident-${r.id}`)}>{name(r.id)}</a>
            </li>
          ))}
        </ul>
      )}
      {data && (
        <p data-testid="summary-data">
          {t('dataLine', {
            status: data.status,
            // "A, B and C", or "A, B, C and 10 more": one "and" per sentence.
            list: moreData > 0 ? labels.join(', ') : format.list(labels),
            more: moreData,
          })}
        </p>
      )}
      {first && (
        <div className="results-urgent" data-action-first={first.id}>
          <h3>{t('mostUrgent')}</h3>
          <p className="results-urgent__title">
            <strong data-testid="most-urgent">{m(`Actions.${first.id}.title`, undefined, first.id)}</strong>
            {m.has(`Actions.${first.id}.duration`) && (
              <span className="muted"> · {m(`Actions.${first.id}.duration`)}</span>
            )}
          </p>
          <DoneBox action={first} progress={progress} idPrefix="first-" />
          <p className="no-print">
            <a href={href(`action-${first.id}`)}>{t('mostUrgentLink', { count: first.steps ?? actionDefinition(first.id).steps })}</a>
          </p>
        </div>
      )}
      <p className="muted results-provenance" data-testid="results-dates">
        {t('provenance', { date: formatDate(locale, CATALOG_REVIEWED_ON) })}
      </p>
    </section>
  );
}
