'use client';

import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { progressIdOf } from '@/lib/results/progress';
import { AnswersBasis } from './AnswersBasis';
import { Checklist } from './Checklist';
import { ResultsContext, type ResultsData } from './context';
import { ExposedData } from './ExposedData';
import { ForgetData } from './ForgetData';
import { IncidentCards } from './IncidentCards';
import { Summary } from './Summary';
import { TakeAway } from './TakeAway';
import { Timeline } from './Timeline';
import { usePrintEverything } from './print';
import { RESULTS_PARTS } from './parts';
import { useProgress } from './useProgress';

type Props = {
  data: ResultsData;
  onForgotten: () => void;
  /** How many of the page's RESULTS_PARTS are drawn (ResultsApp draws them one frame after another); all by default. */
  drawn?: number;
  /** Draws the parts not drawn yet (printing needs them all); a no-op when all are. */
  drawAll?: () => void;
};

/** The whole results page for one assessment. Every section reads the same data from context. */
export function ResultsView({ data, onForgotten, drawn = RESULTS_PARTS, drawAll }: Props) {
  const t = useTranslations('Results');
  // Ticks belong to one set of answers: a family member's link on this device has its own.
  const progress = useProgress(progressIdOf(data.answers));
  usePrintEverything(drawAll);
  // What happened to me, what do I do first, the rest of the plan, then the evidence (ADR 0007).
  const parts = [
    <Fragment key="summary">
      <AnswersBasis />
      <Summary progress={progress} />
    </Fragment>,
    <Checklist key="checklist" progress={progress} />,
    <IncidentCards key="incidents" />,
    <ExposedData key="data" />,
    <Fragment key="rest">
      <Timeline />
      <TakeAway />
      <ForgetData onForgotten={onForgotten} />
      <p className="print-only">{t('printFooter')}</p>
    </Fragment>,
  ] as const satisfies { length: typeof RESULTS_PARTS };
  return (
    <ResultsContext.Provider value={data}>
      {/* Busy while parts are still to come: assistive technologies may wait for the whole page. */}
      <div className="results" aria-busy={drawn < RESULTS_PARTS || undefined}>
        {parts.slice(0, drawn)}
      </div>
    </ResultsContext.Provider>
  );
}
