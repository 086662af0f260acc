import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { HEADING_ID, type StepId } from './steps';
import { ERROR_SUMMARY_ID } from './ErrorSummary';

/**
 * Where focus goes as the questionnaire changes, and what a screen reader
 * hears besides it:
 * - a new step: its heading, or a precise target (a Change link names one);
 *   the error summary instead when the step came with errors (a failed "See
 *   my results" sends the person back to the dates with the summary shown);
 * - a period added or removed: its first box, or the heading before it, once
 *   the DOM has the new rows, with a polite announcement;
 * - a failed Continue on the same step: the error summary focuses itself;
 * - the page title names the question, prefixed with "Error" while errors show.
 */
export function useFocusAndAnnouncements(step: StepId, rowCount: number, hasErrors: boolean) {
  const t = useTranslations('Check');
  const pending = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    const summary = document.getElementById(ERROR_SUMMARY_ID);
    const target = pending.current ? document.getElementById(pending.current) : null;
    pending.current = null;
    (summary ?? target ?? document.getElementById(HEADING_ID))?.focus();
  }, [step]);

  useEffect(() => {
    if (step !== 'dates' || !pending.current) return;
    const target = document.getElementById(pending.current);
    if (target) {
      pending.current = null;
      target.focus();
    }
  }, [rowCount, step]);

  const question = t(
    step === 'relationships' ? 'relationships.question' : step === 'dates' ? 'dates.question' : 'review.question',
  );
  useEffect(() => {
    const title = t('documentTitle', { question });
    document.title = hasErrors ? t('errorTitle', { title }) : title;
  }, [t, question, hasErrors]);

  return {
    announcement,
    /** Focus `id` once the next step (or the new rows) are on the page. */
    focusNext: (id: string | null) => {
      pending.current = id;
    },
    announce: setAnnouncement,
  };
}
