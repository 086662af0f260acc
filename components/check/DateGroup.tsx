'use client';

import { useTranslations } from 'next-intl';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import type { RelationshipType } from '@/lib/catalog/vocabulary';
import type { CheckFormValues, EndParts } from '@/lib/answers/form';
import { ErrorMessage } from './ErrorMessage';

export type DateErrors = { group: string[]; month: string[]; year: string[] };

/**
 * A GOV.UK date input reduced to month and year (day-agnostic), plain
 * numeric text boxes (no date picker). A year with the month left empty is an
 * approximate date (GOV.UK), so people who only know the year just type it.
 * The ways out for people who do not remember: "I don't remember", and for an
 * end date "I'm still a customer". A ticked way out hides the boxes it makes
 * unnecessary; what was typed is kept, not sent.
 */
export function DateGroup({
  index,
  part,
  type,
  control,
  register,
  errors,
}: {
  index: number;
  part: 'from' | 'to';
  type: RelationshipType;
  control: Control<CheckFormValues>;
  register: UseFormRegister<CheckFormValues>;
  errors: DateErrors;
}) {
  const t = useTranslations('Check.dates');
  const value = useWatch({ control, name: `relationships.${index}.${part}` }) as Partial<EndParts> | undefined;
  const base = `relationships-${index}-${part}`;
  const name = `relationships.${index}.${part}` as const;
  const ongoing = part === 'to' && value?.ongoing === true;
  const unknown = value?.unknown === true;
  const showBoxes = !ongoing && !unknown;
  const messages = [...new Set([...errors.group, ...errors.month, ...errors.year])];
  const hasError = messages.length > 0;
  const describedBy = [showBoxes ? `${base}-hint` : null, hasError ? `${base}-error` : null].filter(Boolean).join(' ');
  const monthInvalid = errors.group.length > 0 || errors.month.length > 0;
  const yearInvalid = errors.group.length > 0 || errors.year.length > 0;

  return (
    <div className={`check-form-group${hasError ? ' check-form-group--error' : ''}`}>
      <fieldset className="check-fieldset" role="group" aria-describedby={describedBy || undefined}>
        <legend className="check-fieldset__legend check-fieldset__legend--s">
          {part === 'from' ? t('fromLegend', { type }) : t('toLegend', { type })}
        </legend>
        {showBoxes && (
          <p id={`${base}-hint`} className="check-hint">
            {t('dateHint')}
          </p>
        )}
        <ErrorMessage id={`${base}-error`} messages={messages} />
        {showBoxes && (
          <div className="check-date-input">
            <div className="check-date-input__item">
              <label className="check-label" htmlFor={`${base}-month`}>
                {t('month')}
              </label>
              <input
                id={`${base}-month`}
                className={`check-input check-input--w2${monthInvalid ? ' check-input--error' : ''}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={monthInvalid || undefined}
                {...register(`${name}.month`)}
              />
            </div>
            <div className="check-date-input__item">
              <label className="check-label" htmlFor={`${base}-year`}>
                {t('year')}
              </label>
              <input
                id={`${base}-year`}
                className={`check-input check-input--w4${yearInvalid ? ' check-input--error' : ''}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={yearInvalid || undefined}
                {...register(`${name}.year`)}
              />
            </div>
          </div>
        )}
        <div className="check-checkboxes check-checkboxes--small">
          {!ongoing && (
            <div className="check-checkboxes__item">
              <input
                className="check-checkboxes__input"
                id={`${base}-unknown`}
                type="checkbox"
                {...register(`${name}.unknown`)}
              />
              <label className="check-checkboxes__label" htmlFor={`${base}-unknown`}>
                {t('unknown')}
              </label>
            </div>
          )}
          {part === 'to' && (
            <div className="check-checkboxes__item">
              <input
                className="check-checkboxes__input"
                id={`${base}-ongoing`}
                type="checkbox"
                {...register(`relationships.${index}.to.ongoing`)}
              />
              <label className="check-checkboxes__label" htmlFor={`${base}-ongoing`}>
                {t('ongoing', { type })}
              </label>
            </div>
          )}
        </div>
      </fieldset>
    </div>
  );
}
