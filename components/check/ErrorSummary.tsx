'use client';

import { useTranslations } from 'next-intl';
import { forwardRef } from 'react';

export type SummaryItem = { fieldId: string; text: string };

/**
 * GOV.UK error summary: focused when it appears (the parent moves focus), one
 * link per problem; following a link puts focus in the field and scrolls its
 * question (legend) into view, without touching the URL fragment.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { items: SummaryItem[] }>(function ErrorSummary(
  { items },
  ref,
) {
  const t = useTranslations('Check');
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
    <div ref={ref} className="check-error-summary" tabIndex={-1} aria-labelledby="check-error-summary-title">
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
});
