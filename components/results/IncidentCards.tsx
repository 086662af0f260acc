'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { IncidentResult } from '@/lib/assessment/types';
import type { DateFact } from '@/lib/catalog/types';
import { groupIncidents } from '@/lib/results/view-model';
import { useResults } from './context';
import { useDataMessages, useDateText } from './messages';
import { useReasonSentences } from './ReasonText';
import { StatusBadge } from './StatusBadge';

export function useIncidentName() {
  const t = useTranslations('Results.incidents');
  const m = useDataMessages();
  return (id: string) => m.text(`Incidents.${id}.headline`, undefined, t('fallbackName', { id }));
}

/** "2021-08-cyberattack" -> "August 2021": incident ids begin with their year and month. */
export function useIncidentMonth() {
  const date = useDateText();
  return (id: string) => date(id.slice(0, 7));
}

function DateLine({ label, fact }: { label: string; fact: DateFact | undefined }) {
  const t = useTranslations('Results.incidents');
  const date = useDateText();
  if (!fact) return null;
  let text = t('unknownDate');
  if (fact.kind === 'known') {
    const base = fact.until ? `${date(fact.date)} – ${date(fact.until)}` : date(fact.date);
    text = fact.approximate ? t('approximate', { date: base }) : base;
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

function Reasons({ result }: { result: IncidentResult }) {
  const sentences = useReasonSentences()(result.reasons, result.status);
  return (
    <ul className="results-reasons">
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

function IncidentCard({ result }: { result: IncidentResult }) {
  const t = useTranslations('Results.incidents');
  const m = useDataMessages();
  const name = useIncidentName();
  const locale = useLocale();
  const { incident } = useResults();
  const facts = incident(result.id);
  const headingId = `incident-${result.id}`;
  return (
    <article className={`incident-card incident-card--${result.status}`} aria-labelledby={headingId}>
      <h4 id={headingId}>{name(result.id)}</h4>
      <p className="incident-card__status">
        <span className="visually-hidden">{t('statusLabel')} </span>
        <StatusBadge status={result.status} />
      </p>
      {facts && (
        <>
          <h5>{t('when')}</h5>
          <dl className="incident-card__dates">
            <DateLine label={t('accessBegan')} fact={facts.accessBegan} />
            <DateLine label={t('discovered')} fact={facts.discovered} />
            <DateLine label={t('disclosed')} fact={facts.disclosed} />
          </dl>
        </>
      )}
      <h5>{t('exposedHeading')}</h5>
      {result.fields.length ? (
        <ul className="tag-list">
          {result.fields.map((f) => (
            <li key={f}>{m.text(`Fields.${f}.label`, undefined, f)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('exposedNone')}</p>
      )}
      <h5>{t('whyHeading')}</h5>
      <Reasons result={result} />
      <p className="no-print">
        <a href={`/${locale}/incidents/${result.id}/`}>
          {t('readMore')}
          <span className="visually-hidden">{` – ${name(result.id)}`}</span>
        </a>
      </p>
    </article>
  );
}

export function IncidentCards() {
  const t = useTranslations('Results.incidents');
  const name = useIncidentName();
  const { assessment } = useResults();
  const groups = groupIncidents(assessment);
  return (
    <section aria-labelledby="incidents-heading">
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
        <>
          <h3>{t('possibleHeading')}</h3>
          {groups.possible.map((r) => (
            <IncidentCard key={r.id} result={r} />
          ))}
        </>
      )}
      {groups.notAffected.length > 0 && (
        <details className="results-not-affected">
          <summary>{t('notAffected', { count: groups.notAffected.length })}</summary>
          <p>{t('notAffectedIntro')}</p>
          <ul>
            {groups.notAffected.map((r) => (
              <li key={r.id}>
                <strong>{name(r.id)}</strong>
                <Reasons result={r} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
