'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { emptyRelationship, formToAnswers, syncRelationships, type CheckFormValues } from '@/lib/answers/form';
import { localePath } from '@/lib/i18n/paths';
import { issuesOf, type CheckContext } from './issues';
import { lazyResolver, loadDeferred, preloadWhenIdle } from './lazy';
import { HEADING_ID, previousStep, stepHref, type StepId } from './steps';
import { ErrorSummary } from './ErrorSummary';
import { RelationshipsStep } from './RelationshipsStep';
import { DatesStep } from './DatesStep';
import { ReviewStep } from './ReviewStep';
import { usePeriodHeading } from './usePeriodHeading';
import { useCheckDraft, useSaveDraft } from './useCheckDraft';
import { useRequestedStep, useStepFlow } from './useStepFlow';
import { useFocusAndAnnouncements } from './useFocusAndAnnouncements';
import { useErrorMessages } from './useErrorMessages';
import './check.css';

function goToResults(href: string) {
  window.location.assign(href);
}

/** The questionnaire. `navigate` is replaceable for tests (jsdom cannot load another page). */
export function CheckFlow({ navigate = goToResults }: { navigate?: (href: string) => void } = {}) {
  const t = useTranslations('Check');
  const locale = useLocale();
  const draft = useCheckDraft();
  // Set by a Change link on the summary: Continue then returns to the summary.
  const [returnToReview, setReturnToReview] = useState(false);

  const requested = useRequestedStep();
  const form = useForm<CheckFormValues, CheckContext>({
    defaultValues: draft.initialValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus instead (GOV.UK).
    shouldFocusError: false,
    // Async: imports the checks (and zod) on the first submit, if the idle preload has not yet.
    resolver: lazyResolver,
    // The step to validate, read by the resolver (options are refreshed on every render;
    // when the URL names a step that falls back, the URL is corrected before anyone submits).
    context: { step: requested },
  });
  const { control, register, handleSubmit, getValues, clearErrors, formState } = form;
  const { fields, insert, remove, replace } = useFieldArray({ control, name: 'relationships' });
  const values = useWatch({ control }) as CheckFormValues;
  useSaveDraft(values, getValues);
  useEffect(preloadWhenIdle, []);

  const { step, pushStep } = useStepFlow(requested, fields.length);

  const issues = issuesOf(formState.errors);
  const { errorsFor, summaryItems } = useErrorMessages(issues, values);
  const focus = useFocusAndAnnouncements(step, fields.length, issues.length > 0);
  const headingOf = usePeriodHeading(values.relationships ?? []);

  function goTo(next: StepId, focusId?: string) {
    focus.focusNext(focusId ?? null);
    clearErrors();
    draft.dismissNotice();
    focus.announce('');
    pushStep(next);
  }

  const onValid = async () => {
    const current = getValues();
    if (step === 'relationships') {
      const before = new Set(current.relationships.map((r) => r.type));
      const synced = syncRelationships(current.types, current.relationships);
      replace(synced);
      const added = synced.some((r) => !before.has(r.type));
      goTo(returnToReview && !added ? 'review' : 'dates');
      return;
    }
    if (step === 'dates') {
      setReturnToReview(false);
      goTo('review');
      return;
    }
    // Review: the answers go to the results page in the fragment only.
    // Already imported: the resolver has just run.
    const { resultsHref } = await loadDeferred();
    navigate(resultsHref(locale, formToAnswers(current)));
  };

  const onInvalid = () => {
    // On the review, something no longer holds (a date now in the future, say):
    // back to the dates, where the same errors show, with the summary focused.
    if (step === 'review') {
      draft.dismissNotice();
      focus.announce('');
      pushStep('dates');
    }
  };

  function add(afterIndex: number) {
    const type = fields[afterIndex]?.type;
    if (!type) return;
    clearErrors();
    insert(afterIndex + 1, emptyRelationship(type), { shouldFocus: false });
    focus.focusNext(`relationships-${afterIndex + 1}-from-month`);
    const n = fields.filter((f) => f.type === type).length + 1;
    focus.announce(t('dates.added', { heading: t('dates.headingNumbered', { label: t('typeName', { type }), n }) }));
  }

  function removeAt(index: number) {
    const heading = headingOf(index);
    clearErrors();
    remove(index);
    focus.focusNext(index > 0 ? `relationships-${index - 1}-heading` : HEADING_ID);
    focus.announce(t('dates.removed', { heading }));
  }

  const back = previousStep(step);

  return (
    <div className="check">
      {back ? (
        <a
          href={stepHref(back)}
          className="check-back-link"
          onClick={(e) => {
            e.preventDefault();
            goTo(back);
          }}
        >
          {t('back')}
        </a>
      ) : (
        <a href={localePath(locale)} className="check-back-link">
          {t('back')}
        </a>
      )}
      {draft.notice && (
        <div className="check-notice" role="status">
          <p>{t(`draftNotice.${draft.notice}`)}</p>
        </div>
      )}
      <ErrorSummary items={summaryItems} attempt={formState.submitCount} />
      <form noValidate onSubmit={(event) => handleSubmit(onValid, onInvalid)(event)} className="check-form">
        {step === 'relationships' && <RelationshipsStep register={register} errors={errorsFor('types')} />}
        {step === 'dates' && (
          <DatesStep
            fields={fields}
            control={control}
            register={register}
            errorsFor={errorsFor}
            onAdd={add}
            onRemove={removeAt}
          />
        )}
        {step === 'review' && (
          <ReviewStep
            values={values}
            onChange={(next, focusId) => {
              setReturnToReview(true);
              goTo(next, focusId);
            }}
          />
        )}
        <button type="submit" className={`button${step === 'review' ? ' button--start' : ''}`}>
          {step === 'review' ? t('review.submit') : t('continue')}
        </button>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {focus.announcement}
      </p>
    </div>
  );
}
