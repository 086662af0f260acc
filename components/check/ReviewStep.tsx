'use client';

import { useLocale, useTranslations } from 'next-intl';
import { hasEnd, orderedTypes, type CheckFormValues, type DateParts, type EndParts } from '@/lib/answers/form';
import type { RelationshipType } from '@/lib/catalog/vocabulary';
import { formatMonth } from '@/lib/dates';
import { monthIndex } from '@/lib/months';
import { HEADING_ID, stepHref, type StepId } from './steps';
import { usePeriodHeading } from './usePeriodHeading';

/** Step 3: GOV.UK "check answers", a Change link per answer, then "See my results". */
export function ReviewStep({
  values,
  onChange,
}: {
  values: CheckFormValues;
  onChange: (step: StepId, focusId: string) => void;
}) {
  const t = useTranslations('Check');
  const locale = useLocale();
  const headingOf = usePeriodHeading(values.relationships);

  function dateText(parts: DateParts | EndParts, type: RelationshipType): string {
    if ('ongoing' in parts && parts.ongoing) return t('review.ongoing', { type });
    if (parts.unknown) return t('review.unknown');
    const year = Number(parts.year.trim());
    if (parts.month.trim() === '') return t('review.yearOnly', { year: parts.year.trim() });
    const month = Number(parts.month.trim());
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
      return `${parts.month} ${parts.year}`;
    }
    return formatMonth(locale, monthIndex(year, month));
  }

  function change(event: React.MouseEvent<HTMLAnchorElement>, step: StepId, focusId: string) {
    event.preventDefault();
    onChange(step, focusId);
  }

  return (
    <>
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('review.question')}
      </h1>
      <dl className="check-summary-list">
        <div className="check-summary-list__row">
          <dt className="check-summary-list__key">{t('review.relationshipsKey')}</dt>
          <dd className="check-summary-list__value">
            <ul className="check-plain-list">
              {orderedTypes(values.types).map((type) => (
                <li key={type}>{t('typeName', { type })}</li>
              ))}
            </ul>
          </dd>
          <dd className="check-summary-list__actions">
            <a href={stepHref('relationships')} onClick={(e) => change(e, 'relationships', HEADING_ID)}>
              {t('review.change')}
              <span className="visually-hidden"> {t('review.relationshipsKey')}</span>
            </a>
          </dd>
        </div>
        {values.relationships.map((row, index) => {
          const heading = headingOf(index);
          return (
            <div className="check-summary-list__row" key={`${row.type}-${index}`}>
              <dt className="check-summary-list__key">{heading}</dt>
              <dd className="check-summary-list__value">
                <span className="check-summary-list__line">
                  {t('review.fromLine', { type: row.type, date: dateText(row.from, row.type) })}
                </span>
                {hasEnd(row.type) && (
                  <span className="check-summary-list__line">
                    {t('review.toLine', { type: row.type, date: dateText(row.to, row.type) })}
                  </span>
                )}
              </dd>
              <dd className="check-summary-list__actions">
                <a
                  href={stepHref('dates')}
                  onClick={(e) => change(e, 'dates', `relationships-${index}-heading`)}
                >
                  {t('review.change')}
                  <span className="visually-hidden"> {heading}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <p>{t('review.privacy')}</p>
    </>
  );
}
