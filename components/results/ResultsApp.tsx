'use client';

import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { bareTarget, targetHref } from '@/lib/results/location';
import type { State } from './engine';
import { FragmentProblem } from './FragmentProblem';
import { goToTarget, useInPageLinks } from './in-page';
import { RESULTS_PARTS } from './parts';
import { useDrawnParts } from './useDrawnParts';
import './results.css';
import { localePath } from '@/lib/i18n/paths';

type Engine = typeof import('./engine');

// The schema, the engine, the catalog and the view are a chunk of their own
// (./engine.ts says why). Its download starts as soon as this module runs, in
// parallel with hydration, not when the first effect asks for it.
let engineChunk: Promise<Engine> | undefined;
const loadEngine = () => (engineChunk ??= import('./engine'));
if (typeof window !== 'undefined') void loadEngine();

export function ResultsApp() {
  const t = useTranslations('Results');
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [engine, setEngine] = useState<Engine | null>(null);
  const forgottenRef = useRef<HTMLParagraphElement>(null);
  const current = useRef<string | null>(null);
  const shownFragment = state.kind === 'ready' ? state.fragment : null;
  useEffect(() => {
    current.current = shownFragment;
  }, [shownFragment]);
  const ready = state.kind === 'ready';
  const { drawn, complete, drawAll } = useDrawnParts(RESULTS_PARTS, shownFragment);
  // For event handlers: a place in a part not drawn yet is drawn first, at once.
  const goThere = useCallback(
    (id: string) => {
      if (!document.getElementById(id)) flushSync(drawAll);
      return goToTarget(id);
    },
    [drawAll],
  );
  // For the address's listener, which is set once.
  const goThereFromAddress = useEffectEvent((id: string) => goThere(id));

  useEffect(() => {
    let read: Engine['read'] | null = null;
    const update = () => {
      if (!read) return; // the first update runs when the engine has arrived
      const hash = window.location.hash;
      const shown = current.current;
      // A bare "#id" (a link followed before the page was ready, or typed): put the answers back, then go there.
      const bare = bareTarget(hash);
      if (shown && bare) {
        window.history.replaceState(window.history.state, '', targetHref(shown, bare));
        goThereFromAddress(bare);
        return;
      }
      const next = read(hash);
      // The same answers with another place: only move there.
      if (shown && next.kind === 'ready' && next.fragment === shown) {
        if (next.target) goThereFromAddress(next.target);
        return;
      }
      // A transition: React renders the long results page in short slices
      // that leave the main thread free, then shows it at once.
      startTransition(() => setState(next));
    };
    let live = true;
    loadEngine().then((loaded) => {
      if (!live) return;
      read = loaded.read;
      setEngine(loaded);
      // In a task of its own: running the chunk's code and working out the
      // results in the same task made one long task that held the main thread.
      setTimeout(() => live && update(), 0);
    });
    window.addEventListener('hashchange', update);
    return () => {
      live = false;
      window.removeEventListener('hashchange', update);
    };
  }, []);

  const target = ready ? state.target : null;
  useEffect(() => {
    // A link opened in a new tab lands on its place once the results are all drawn.
    if (!ready || !target) return;
    if (complete) goToTarget(target);
    else drawAll();
  }, [ready, target, complete, drawAll]);

  useInPageLinks(shownFragment, goThere);

  useEffect(() => {
    if (state.kind === 'forgotten') forgottenRef.current?.focus();
  }, [state.kind]);

  if (state.kind === 'problem') return <FragmentProblem errors={state.errors} />;

  return (
    <>
      <h1>{t('heading')}</h1>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'ready' && engine && (
        <engine.ResultsView
          data={{ answers: state.answers, assessment: state.assessment, incident: engine.getIncident }}
          onForgotten={() => setState({ kind: 'forgotten' })}
          drawn={drawn}
          drawAll={drawAll}
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
