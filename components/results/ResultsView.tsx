'use client';

import { useTranslations } from 'next-intl';
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
import { useProgress } from './useProgress';

/** The whole results page for one assessment. Every section reads the same data from context. */
export function ResultsView({ data, onForgotten }: { data: ResultsData; onForgotten: () => void }) {
  const t = useTranslations('Results');
  // Ticks belong to one set of answers: a family member's link on this device has its own.
  const progress = useProgress(progressIdOf(data.answers));
  usePrintEverything();
  return (
    <ResultsContext.Provider value={data}>
      <div className="results">
        <AnswersBasis />
        {/* What happened to me, what do I do first, the rest of the plan, then the evidence (ADR 0007). */}
        <Summary progress={progress} />
        <Checklist progress={progress} />
        <IncidentCards />
        <ExposedData />
        <Timeline />
        <TakeAway />
        <ForgetData onForgotten={onForgotten} />
        <p className="print-only">{t('printFooter')}</p>
      </div>
    </ResultsContext.Provider>
  );
}
