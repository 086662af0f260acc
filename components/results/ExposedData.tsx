'use client';

import { useLocale, useTranslations } from 'next-intl';
import { sortFields } from '@/lib/results/view-model';
import { useResults, useTargetHref } from './context';
import { useIncidentName } from './IncidentCards';
import { useDataMessages, useDisclosedMonth } from './messages';
import { StatusBadge } from './StatusBadge';

export function ExposedData() {
  const t = useTranslations('Results.fields');
  const m = useDataMessages();
  const name = useIncidentName();
  const month = useDisclosedMonth();
  const locale = useLocale();
  const { assessment } = useResults();
  const href = useTargetHref();
  const fields = sortFields(assessment.fields);
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('heading')}</h2>
      {fields.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <ul className="field-grid">
            {fields.map((f) => {
              const label = m.text(`Fields.${f.id}.label`, undefined, f.id);
              return (
                <li key={f.id} className={`field-card field-card--${f.status}`} data-field={f.id}>
                  <h3>{label}</h3>
                  <p className="field-card__status">
                    <StatusBadge status={f.status} />
                  </p>
                  {m.has(`Fields.${f.id}.risk`) && <p>{m.text(`Fields.${f.id}.risk`)}</p>}
                  <p className="field-card__incidents">
                    {t('exposedIn')}{' '}
                    {f.incidents.map((id, i) => (
                      <span key={id}>
                        {i > 0 && ' · '}
                        <a href={href(`incident-${id}`)}>
                          {month(id)}
                          <span className="visually-hidden">{` – ${name(id)}`}</span>
                        </a>
                      </span>
                    ))}
                  </p>
                  <p className="no-print">
                    <a href={`/${locale}/glossary/#field-${f.id}`} aria-label={t('learnMoreLabel', { field: label })}>
                      {t('learnMore')}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
