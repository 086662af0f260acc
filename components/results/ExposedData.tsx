'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { FieldResult } from '@/lib/assessment/types';
import { sortFieldsBySensitivity } from '@/lib/results/view-model';
import { useResults, useTargetHref } from './context';
import { useIncidentName } from './useIncidentName';
import { useDisclosedMonth } from './useDisclosedMonth';
import { useDataMessages } from '../useDataMessages';
import { StatusBadge } from './StatusBadge';
import { localePath } from '@/lib/i18n/paths';
import { fieldAnchor } from '@/lib/catalog/glossary';

/** One kind of data: its name and status on the line you tap; the risk and where it was exposed inside. */
function FieldItem({ field }: { field: FieldResult }) {
  const t = useTranslations('Results.fields');
  const m = useDataMessages();
  const name = useIncidentName();
  const month = useDisclosedMonth();
  const href = useTargetHref();
  const locale = useLocale();
  const label = m(`Fields.${field.id}.label`, undefined, field.id);
  return (
    <li className={`field-card field-card--${field.status}`} data-field={field.id}>
      <details>
        <summary id={fieldAnchor(field.id)}>
          <span className="field-card__name">{label}</span> <StatusBadge status={field.status} />
        </summary>
        {m.has(`Fields.${field.id}.risk`) && <p>{m(`Fields.${field.id}.risk`)}</p>}
        <p className="field-card__incidents">
          {t('exposedIn')}{' '}
          {field.incidents.map((id, i) => (
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
          <a
            href={localePath(locale, `/glossary/#${fieldAnchor(field.id)}`)}
            aria-label={t('learnMoreLabel', { field: m(`Fields.${field.id}.inSentence`, undefined, label) })}
          >
            {t('learnMore')}
          </a>
        </p>
      </details>
    </li>
  );
}

export function ExposedData() {
  const t = useTranslations('Results.fields');
  const { assessment } = useResults();
  const fields = sortFieldsBySensitivity(assessment.fields);
  const likely = fields.filter((f) => f.status === 'likely');
  const possible = fields.filter((f) => f.status !== 'likely');
  const list = (items: FieldResult[]) => (
    <ul className="field-grid">
      {items.map((f) => (
        <FieldItem key={f.id} field={f} />
      ))}
    </ul>
  );
  return (
    <section aria-labelledby="data-heading" className="results-data">
      <h2 id="data-heading">{t('heading')}</h2>
      {fields.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          {likely.length > 0 && list(likely)}
          {possible.length > 0 &&
            (likely.length > 0 ? (
              <details className="results-possible">
                <summary>{t('possibleDisclosure', { count: possible.length })}</summary>
                {list(possible)}
              </details>
            ) : (
              list(possible)
            ))}
        </>
      )}
    </section>
  );
}
