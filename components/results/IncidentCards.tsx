'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { IncidentResult } from '@/lib/assessment/types';
import type { DateFact } from '@/lib/catalog/types';
import { formatDateFact } from '@/lib/dates';
import { groupIncidents } from '@/lib/results/view-model';
import { useResults } from './context';
import { useDataMessages } from '../useDataMessages';
import { useReasonSentences } from './ReasonText';
import { StatusBadge } from './StatusBadge';
import { useIncidentName } from './useIncidentName';
import { localePath } from '@/lib/i18n/paths';

function DateLine({ label, fact }: { label: string; fact: DateFact | undefined }) {
  const t = useTranslations('Results.incidents');
  const locale = useLocale();
  if (!fact) return null;
  const text = formatDateFact(locale, fact, {
    unknown: t('unknownDate'),
    approximate: (date, precision) => t('approximate', { date, precision }),
  });
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

/**
 * One incident: its name, status and one plain reason on the line you tap;
 * dates, the data exposed for people like you, every reason and a link to
 * the incident page inside.
 */
function IncidentCard({ result }: { result: IncidentResult }) {
  const t = useTranslations('Results.incidents');
  const m = useDataMessages();
  const name = useIncidentName();
  const locale = useLocale();
  const { incident } = useResults();
  const sentences = useReasonSentences()(result.reasons, result.status);
  const facts = incident(result.id);
  return (
    <details className={`incident-card incident-card--${result.status}`} data-incident={result.id}>
      <summary id={`incident-${result.id}`}>
        <span className="incident-card__name">{name(result.id)}</span>{' '}
        <span className="visually-hidden">{t('statusLabel')} </span>
        <StatusBadge status={result.status} />
        <span className="incident-card__reason">{sentences[0]}</span>
      </summary>
      {sentences.length > 1 && (
        <>
          <h4>{t('whyHeading')}</h4>
          <ul className="results-reasons">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      {facts && (
        <>
          <h4>{t('when')}</h4>
          <dl className="incident-card__dates">
            <DateLine label={t('accessBegan')} fact={facts.accessBegan} />
            <DateLine label={t('discovered')} fact={facts.discovered} />
            <DateLine label={t('disclosed')} fact={facts.disclosed} />
          </dl>
        </>
      )}
      <h4>{t('exposedHeading')}</h4>
      {result.fields.length ? (
        <ul className="tag-list">
          {result.fields.map((f) => (
            <li key={f}>{m(`Fields.${f}.label`, undefined, f)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('exposedNone')}</p>
      )}
      <p className="no-print">
        <a href={localePath(locale, `/incidents/${result.id}/`)}>
          {t('readMore')}
          <span className="visually-hidden">{` – ${name(result.id)}`}</span>
        </a>
      </p>
    </details>
  );
}

function NotAffected({ result }: { result: IncidentResult }) {
  const name = useIncidentName();
  const sentences = useReasonSentences()(result.reasons, result.status);
  return (
    <li id={`incident-${result.id}`}>
      <strong>{name(result.id)}</strong>
      <ul className="results-reasons">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </li>
  );
}

export function IncidentCards() {
  const t = useTranslations('Results.incidents');
  const { assessment } = useResults();
  const groups = groupIncidents(assessment);
  return (
    <section aria-labelledby="incidents-heading" className="results-incidents">
      <h2 id="incidents-heading">{t('heading')}</h2>
      {groups.likely.length === 0 && groups.possible.length === 0 && <p>{t('none')}</p>}
      {groups.likely.length > 0 && (
        <>
          <h3>{t('likelyHeading')}</h3>
          {groups.likely.map((r) => (
            <IncidentCard key={r.id} result={r} />
          ))}
        </>
      )}
      {groups.possible.length > 0 && (
        <details className="results-possible">
          <summary>{t('possibleDisclosure', { count: groups.possible.length })}</summary>
          <p>{t('possibleIntro')}</p>
          {groups.possible.map((r) => (
            <IncidentCard key={r.id} result={r} />
          ))}
        </details>
      )}
      {groups.notAffected.length > 0 && (
        <details className="results-not-affected">
          <summary>{t('notAffected', { count: groups.notAffected.length })}</summary>
          <p>{t('notAffectedIntro')}</p>
          <ul>
            {groups.notAffected.map((r) => (
              <NotAffected key={r.id} result={r} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
