'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { AnswerError } from '@/lib/answers/types';

const FRAGMENT_CODES = ['fragment-missing', 'fragment-malformed', 'fragment-version'] as const;
type ProblemKind = (typeof FRAGMENT_CODES)[number] | 'invalid';

function problemKind(errors: readonly AnswerError[]): ProblemKind {
  const code = errors[0]?.code;
  return (FRAGMENT_CODES as readonly string[]).includes(code ?? '') ? (code as ProblemKind) : 'invalid';
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
      <a className="button" href={`/${locale}/check/`}>
        {t('back')}
      </a>
    </div>
  );
}
