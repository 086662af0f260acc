'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { decodeAnswersFragment, encodeAnswersFragment } from '@/lib/answers/fragment';
import type { AnswerError, Answers } from '@/lib/answers/types';
import { assess } from '@/lib/assessment/assess';
import type { Assessment } from '@/lib/assessment/types';
import { getIncident } from '@/lib/catalog';
import { bareTarget, splitResultsFragment, targetHref } from '@/lib/results/location';
import { FragmentProblem } from './FragmentProblem';
import { goToTarget, useInPageLinks } from './in-page';
import { ResultsView } from './ResultsView';
import './results.css';
import { localePath } from '@/lib/i18n/paths';

type State =
  | { kind: 'loading' }
  | { kind: 'problem'; errors: AnswerError[] }
  | { kind: 'ready'; answers: Answers; assessment: Assessment; fragment: string; target: string | null }
  | { kind: 'forgotten' };

/** Everything happens here, in the browser: the answers are read from the fragment, which is never sent to a server. */
function read(hash: string): State {
  const { answers: text, target } = splitResultsFragment(hash);
  const parsed = decodeAnswersFragment(text);
  if (!parsed.ok) return { kind: 'problem', errors: parsed.errors };
  const fragment = encodeAnswersFragment(parsed.value);
  return { kind: 'ready', answers: parsed.value, assessment: assess(parsed.value), fragment, target };
}

export function ResultsApp() {
  const t = useTranslations('Results');
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const forgottenRef = useRef<HTMLParagraphElement>(null);
  const current = useRef<string | null>(null);
  const shownFragment = state.kind === 'ready' ? state.fragment : null;
  useEffect(() => {
    current.current = shownFragment;
  }, [shownFragment]);

  useEffect(() => {
    const update = () => {
      const hash = window.location.hash;
      const shown = current.current;
      // A bare "#id" (a link followed before the page was ready, or typed): put the answers back, then go there.
      const bare = bareTarget(hash);
      if (shown && bare) {
        window.history.replaceState(window.history.state, '', targetHref(shown, bare));
        goToTarget(bare);
        return;
      }
      const next = read(hash);
      // The same answers with another place: only move there.
      if (shown && next.kind === 'ready' && next.fragment === shown) {
        if (next.target) goToTarget(next.target);
        return;
      }
      setState(next);
    };
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  const ready = state.kind === 'ready';
  const target = ready ? state.target : null;
  useEffect(() => {
    // A link opened in a new tab lands on its place once the results are drawn.
    if (ready && target) goToTarget(target);
  }, [ready, target]);

  useInPageLinks(shownFragment);

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
            <a className="button" href={localePath(locale, '/check/')}>
              {t('takeAway.startAgain')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
