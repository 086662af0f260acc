'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import { QUESTIONNAIRE_TYPES, type CheckFormValues } from '@/lib/answers/form';
import { HEADING_ID } from './steps';
import { ErrorMessage } from './ErrorMessage';

/** Step 1: which relationships, as GOV.UK checkboxes with a hint each, and help for the unsure. */
export function RelationshipsStep({
  register,
  errors,
}: {
  register: UseFormRegister<CheckFormValues>;
  errors: string[];
}) {
  const t = useTranslations('Check');
  const describedBy = ['types-hint', errors.length > 0 ? 'types-error' : null].filter(Boolean).join(' ');
  return (
    <>
      <div className={`check-form-group${errors.length > 0 ? ' check-form-group--error' : ''}`}>
        <fieldset className="check-fieldset" aria-describedby={describedBy}>
          <legend className="check-fieldset__legend check-fieldset__legend--l">
            <h1 id={HEADING_ID} tabIndex={-1} className="check-fieldset__heading">
              {t('relationships.question')}
            </h1>
          </legend>
          <p id="types-hint" className="check-hint">
            {t('relationships.hint')}
          </p>
          <ErrorMessage id="types-error" messages={errors} />
          <div className="check-checkboxes">
            {QUESTIONNAIRE_TYPES.map((type) => (
              <div className="check-checkboxes__item" key={type}>
                <input
                  className="check-checkboxes__input"
                  id={`types-${type}`}
                  type="checkbox"
                  value={type}
                  aria-describedby={`types-${type}-hint`}
                  {...register('types')}
                />
                <label className="check-checkboxes__label" htmlFor={`types-${type}`}>
                  {type === 'sprint' ? t('types.sprint.unsureLabel') : t(`types.${type}.label`)}
                </label>
                <div id={`types-${type}-hint`} className="check-hint check-checkboxes__hint">
                  {type === 'sprint' ? t('types.sprint.unsureHint') : t(`types.${type}.hint`)}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <details className="check-details">
        <summary className="check-details__summary">
          <span className="check-details__summary-text">{t('relationships.unsureSummary')}</span>
        </summary>
        <div className="check-details__text">
          <p>{t('relationships.unsure1')}</p>
          <p>{t('relationships.unsure2')}</p>
          <p>{t('relationships.unsure3')}</p>
          <p>{t('relationships.unsure4')}</p>
        </div>
      </details>
    </>
  );
}
