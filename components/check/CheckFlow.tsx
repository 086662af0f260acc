'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import {
  answersToForm,
  emptyForm,
  emptyRelationship,
  formToAnswers,
  syncRelationships,
  type CheckFormValues,
} from '@/lib/answers/form';
import { readDraft, writeDraft } from '@/lib/answers/draft-storage';
import { safeStorage } from '@/lib/storage';
import { decodeAnswersFragment, resultsHref } from '@/lib/answers/fragment';
import { checkResolver, fieldIdOf, stepIssues, type CheckContext, type Issue } from './validation';
import { HEADING_ID, parseStep, previousStep, stepHref, type StepId } from './steps';
import { ErrorSummary } from './ErrorSummary';
import { RelationshipsStep } from './RelationshipsStep';
import { DatesStep } from './DatesStep';
import { ReviewStep } from './ReviewStep';
import { usePeriodHeading } from './usePeriodHeading';
import { useIssueText } from './useIssueText';
import './check.css';

type Initial = { values: CheckFormValues; notice: 'corrupt' | 'outdated' | null };

/**
 * What the form starts from: the draft of this tab (reload, back button,
 * language switch), else answers carried by a results link in the fragment,
 * else nothing. A draft that cannot be read is dropped with a quiet notice.
 */
function loadInitial(): Initial {
  const draft = readDraft(safeStorage('sessionStorage'));
  if (draft.ok) return { values: draft.draft.values, notice: null };
  const notice = draft.reason === 'empty' ? null : draft.reason;
  if (typeof window !== 'undefined' && window.location.hash) {
    const fromLink = decodeAnswersFragment(window.location.hash);
    if (fromLink.ok) return { values: answersToForm(fromLink.value), notice };
  }
  return { values: emptyForm(), notice };
}

/** Lets the Next router know about the new URL (Next 14.1+ syncs useSearchParams with history.pushState). */
function pushStep(step: StepId, replace = false) {
  const url = `${window.location.pathname}${stepHref(step)}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

function goToResults(href: string) {
  window.location.assign(href);
}

/** `navigate` is replaceable for tests (jsdom cannot load another page). */
/** A later step without the answers it needs falls back to the first question. */
function stepFor(requested: StepId, values: { relationships: readonly unknown[] }): StepId {
  return requested !== 'relationships' && values.relationships.length === 0 ? 'relationships' : requested;
}

export function CheckFlow({ navigate = goToResults }: { navigate?: (href: string) => void } = {}) {
  const t = useTranslations('Check');
  const locale = useLocale();
  const issueText = useIssueText();
  const searchParams = useSearchParams();
  const requested = parseStep(searchParams.get('step'));

  const [initial] = useState(loadInitial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [summaryToken, setSummaryToken] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState(initial.notice);
  const summaryRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // Set by a Change link on the summary: Continue then returns to the summary.
  const [returnToReview, setReturnToReview] = useState(false);

  const form = useForm<CheckFormValues, CheckContext>({
    defaultValues: initial.values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
    resolver: checkResolver,
    // The step to validate, read by the resolver (options are refreshed on every render;
    // when the URL names a step that falls back, the URL is corrected before anyone submits).
    context: { step: requested },
  });
  const { control, register, handleSubmit, getValues } = form;
  const { fields, insert, remove, replace } = useFieldArray({ control, name: 'relationships' });
  const values = useWatch({ control }) as CheckFormValues;
  const headingOf = usePeriodHeading(values.relationships ?? []);

  const step = stepFor(requested, { relationships: fields });

  useEffect(() => {
    if (step !== requested) pushStep(step, true);
  }, [step, requested]);

  // Every change goes to this tab's sessionStorage (never anywhere else).
  useEffect(() => {
    writeDraft(safeStorage('sessionStorage'), getValues());
  }, [values, getValues]);

  // Focus: the new step's heading (or a precise target), the error summary after a failed Continue.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : null;
    pendingFocus.current = null;
    (target ?? document.getElementById(HEADING_ID))?.focus();
  }, [step]);
  useEffect(() => {
    if (summaryToken > 0) summaryRef.current?.focus();
  }, [summaryToken]);

  const question = t(
    step === 'relationships' ? 'relationships.question' : step === 'dates' ? 'dates.question' : 'review.question',
  );
  useEffect(() => {
    const title = t('documentTitle', { question });
    document.title = issues.length > 0 ? t('errorTitle', { title }) : title;
  }, [t, question, issues.length]);

  function goTo(next: StepId, focusId?: string) {
    pendingFocus.current = focusId ?? null;
    setIssues([]);
    setNotice(null);
    setAnnouncement('');
    pushStep(next);
  }

  function showIssues(found: Issue[]) {
    setIssues(found);
    setSummaryToken((n) => n + 1);
  }

  const onValid = () => {
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
    navigate(resultsHref(locale, formToAnswers(current)));
  };

  const onInvalid = () => {
    const found = stepIssues(step, getValues());
    if (step === 'review') {
      // Something no longer holds (for example a date now in the future): fix it on its question.
      goTo('dates');
      setTimeout(() => showIssues(stepIssues('dates', getValues())), 0);
      return;
    }
    showIssues(found);
  };

  function errorsFor(path: string): string[] {
    return issues.filter((i) => i.path === path).map((i) => issueText(i.messageKey));
  }

  const summaryItems = issues.map((issue) => {
    const message = issueText(issue.messageKey);
    const [, index, part] = issue.path.split('.');
    const row = index !== undefined ? values.relationships?.[Number(index)] : undefined;
    let text = message;
    if (row && (part === 'from' || part === 'to')) {
      const heading = headingOf(Number(index));
      const where =
        part === 'from' ? t('dates.whereFrom', { heading, type: row.type }) : t('dates.whereTo', { heading });
      text = t('summaryItem', { where, message });
    }
    return { fieldId: fieldIdOf(issue.path, values), text };
  });

  function add(afterIndex: number) {
    const type = fields[afterIndex]?.type;
    if (!type) return;
    setIssues([]);
    insert(afterIndex + 1, emptyRelationship(type), { shouldFocus: false });
    pendingFocus.current = `relationships-${afterIndex + 1}-from-month`;
    const n = fields.filter((f) => f.type === type).length + 1;
    setAnnouncement(t('dates.added', { heading: t('dates.headingNumbered', { label: t('typeName', { type }), n }) }));
  }

  function removeAt(index: number) {
    const heading = headingOf(index);
    setIssues([]);
    remove(index);
    pendingFocus.current = index > 0 ? `relationships-${index - 1}-heading` : HEADING_ID;
    setAnnouncement(t('dates.removed', { heading }));
  }

  // After add/remove, move focus once the DOM has the new rows.
  useEffect(() => {
    if (step !== 'dates' || !pendingFocus.current) return;
    const target = document.getElementById(pendingFocus.current);
    if (target) {
      pendingFocus.current = null;
      target.focus();
    }
  }, [fields.length, step]);

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
        <a href={`/${locale}/`} className="check-back-link">
          {t('back')}
        </a>
      )}
      {notice && (
        <div className="check-notice" role="status">
          <p>{t(`draftNotice.${notice}`)}</p>
        </div>
      )}
      <ErrorSummary ref={summaryRef} items={summaryItems} />
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
        {announcement}
      </p>
    </div>
  );
}
