'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

export type SummaryItem = { fieldId: string; text: string };

export const ERROR_SUMMARY_ID = 'check-error-summary';

/**
 * GOV.UK error summary, one link per problem. It takes focus on every failed
 * Continue (`attempt` changes: react-hook-form's submitCount), even when the
 * problems are the same as before; following a link puts focus in the field
 * and scrolls its question (legend) into view, without touching the URL
 * fragment.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const t = useTranslations('Check');
  const ref = useRef<HTMLDivElement>(null);
  // Only rendered when there are problems, so a new attempt with problems focuses it.
  useEffect(() => ref.current?.focus(), [attempt]);
  if (items.length === 0) return null;

  function follow(event: React.MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    const question = field.closest('fieldset')?.querySelector('legend') ?? field;
    question.scrollIntoView?.({ block: 'start' });
    field.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      id={ERROR_SUMMARY_ID}
      className="check-error-summary"
      tabIndex={-1}
      aria-labelledby="check-error-summary-title"
    >
      <div role="alert">
        <h2 id="check-error-summary-title" className="check-error-summary__title">
          {t('errorSummaryTitle')}
        </h2>
        <ul className="check-error-summary__list">
          {items.map((item) => (
            <li key={item.fieldId + item.text}>
              <a href={`#${item.fieldId}`} onClick={(e) => follow(e, item.fieldId)}>
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
