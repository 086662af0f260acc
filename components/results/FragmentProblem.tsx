'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { FRAGMENT_ERROR_CODES, type AnswerError, type FragmentErrorCode } from '@/lib/answers/types';
import { localePath } from '@/lib/i18n/paths';

/** What went wrong, in the words of Results.problem: the fragment itself, or answers it carries that do not hold. */
function problemKind(errors: readonly AnswerError[]): FragmentErrorCode | 'invalid' {
  const code = errors[0]?.code;
  return FRAGMENT_ERROR_CODES.find((c) => c === code) ?? 'invalid';
}

/** Shown instead of results when the fragment cannot be read: a heading that takes focus, the reason, a way back. */
export function FragmentProblem({ errors }: { errors: readonly AnswerError[] }) {
  const t = useTranslations('Results.problem');
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="results-problem" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t('heading')}
      </h1>
      <p>{t(problemKind(errors))}</p>
      <a className="button" href={localePath(locale, '/check/')}>
        {t('back')}
      </a>
    </div>
  );
}
