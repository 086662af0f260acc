'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { decodeAnswersFragment } from '@/lib/answers/fragment';
import type { AnswerError, Answers } from '@/lib/answers/types';
import { assess } from '@/lib/assessment/assess';
import type { Assessment } from '@/lib/assessment/types';
import { getIncident } from '@/lib/catalog';
import { FragmentProblem } from './FragmentProblem';
import { ResultsView } from './ResultsView';
import './results.css';

type State =
  | { kind: 'loading' }
  | { kind: 'problem'; errors: AnswerError[] }
  | { kind: 'ready'; answers: Answers; assessment: Assessment }
  | { kind: 'forgotten' };

/** Everything happens here, in the browser: the answers are read from the fragment, which is never sent to a server. */
function read(hash: string): State {
  const parsed = decodeAnswersFragment(hash);
  if (!parsed.ok) return { kind: 'problem', errors: parsed.errors };
  return { kind: 'ready', answers: parsed.value, assessment: assess(parsed.value) };
}

export function ResultsApp() {
  const t = useTranslations('Results');
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const forgottenRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const update = () => setState(read(window.location.hash));
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  useEffect(() => {
    if (state.kind === 'forgotten') forgottenRef.current?.focus();
  }, [state.kind]);

  if (state.kind === 'problem') return <FragmentProblem errors={state.errors} />;

  return (
    <>
      <h1>{t('heading')}</h1>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'ready' && (
        <ResultsView
          data={{ answers: state.answers, assessment: state.assessment, incident: getIncident }}
          onForgotten={() => setState({ kind: 'forgotten' })}
        />
      )}
      {state.kind === 'forgotten' && (
        <>
          <p ref={forgottenRef} tabIndex={-1} role="status" className="notice notice--ok">
            {t('forget.done')}
          </p>
          <p>
            <a className="button" href={`/${locale}/check/`}>
              {t('takeAway.startAgain')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
