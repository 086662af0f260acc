'use client';

import { useTranslations } from 'next-intl';
import type { Control, FieldArrayWithId, UseFormRegister } from 'react-hook-form';
import { hasEnd, type CheckFormValues } from '@/lib/answers/form';
import { MAX_RELATIONSHIPS } from '@/lib/answers/limits';
import { HEADING_ID } from './steps';
import { DateGroup, type DateErrors } from './DateGroup';
import { usePeriodHeading } from './usePeriodHeading';

export type DatesStepProps = {
  fields: FieldArrayWithId<CheckFormValues, 'relationships', 'id'>[];
  control: Control<CheckFormValues>;
  register: UseFormRegister<CheckFormValues>;
  /** errors for a form path ("relationships.0.from", "relationships.0.from.month"...) */
  errorsFor: (path: string) => string[];
  onAdd: (afterIndex: number) => void;
  onRemove: (index: number) => void;
};

/** Step 2: when, for each period; periods of the same kind can be added and removed. */
export function DatesStep({ fields, control, register, errorsFor, onAdd, onRemove }: DatesStepProps) {
  const t = useTranslations('Check');
  const headingOf = usePeriodHeading(fields);
  const full = fields.length >= MAX_RELATIONSHIPS;
  const dateErrors = (index: number, part: 'from' | 'to'): DateErrors => {
    const base = `relationships.${index}.${part}`;
    return { group: errorsFor(base), month: errorsFor(`${base}.month`), year: errorsFor(`${base}.year`) };
  };

  return (
    <>
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('dates.question')}
      </h1>
      <p className="check-hint">{t('dates.hint')}</p>
      {fields.map((field, index) => {
        const heading = headingOf(index);
        const sameType = fields.filter((f) => f.type === field.type).length;
        const lastOfType = fields[index + 1]?.type !== field.type;
        return (
          <div key={field.id}>
            <section className="check-period" aria-labelledby={`relationships-${index}-heading`}>
              <h2 id={`relationships-${index}-heading`} tabIndex={-1} className="check-period__heading">
                {heading}
              </h2>
              <DateGroup index={index} part="from" type={field.type} control={control} register={register} errors={dateErrors(index, 'from')} />
              {hasEnd(field.type) && (
                <DateGroup index={index} part="to" type={field.type} control={control} register={register} errors={dateErrors(index, 'to')} />
              )}
              {sameType > 1 && (
                <button type="button" className="check-link-button" onClick={() => onRemove(index)}>
                  {t('dates.remove')}
                  <span className="visually-hidden"> {t('dates.removeContext', { heading })}</span>
                </button>
              )}
            </section>
            {lastOfType && !full && (
              <button type="button" className="button button--secondary check-add" onClick={() => onAdd(index)}>
                {t('dates.add', { type: field.type })}
              </button>
            )}
          </div>
        );
      })}
      {full && <p className="check-hint">{t('dates.maxReached', { max: MAX_RELATIONSHIPS })}</p>}
    </>
  );
}
