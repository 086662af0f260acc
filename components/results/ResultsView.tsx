'use client';

import { useTranslations } from 'next-intl';
import { CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { progressIdOf } from '@/lib/results/progress';
import { AnswersBasis } from './AnswersBasis';
import { Checklist } from './Checklist';
import { ResultsContext, type ResultsData } from './context';
import { ExposedData } from './ExposedData';
import { ForgetData } from './ForgetData';
import { IncidentCards } from './IncidentCards';
import { useDateText } from './messages';
import { Summary } from './Summary';
import { TakeAway } from './TakeAway';
import { Timeline } from './Timeline';
import { useProgress } from './useProgress';

/** The whole results page for one assessment. Every section reads the same data from context. */
export function ResultsView({ data, onForgotten }: { data: ResultsData; onForgotten: () => void }) {
  const t = useTranslations('Results');
  const date = useDateText();
  // Ticks belong to one set of answers: a family member's link on this device has its own.
  const progress = useProgress(progressIdOf(data.answers));
  return (
    <ResultsContext.Provider value={data}>
      <div className="results">
        <p className="muted">{t('privacyNote')}</p>
        {/* The facts are as of the review date, whatever the visitor's clock says; only the assessment is "today". */}
        <p className="muted" data-testid="results-dates">
          {t('reviewedOn', { date: date(CATALOG_REVIEWED_ON) })} {t('assessedToday', { date: date(data.assessment.asOf) })}
        </p>
        <AnswersBasis />
        <Summary />
        <IncidentCards />
        <Timeline />
        <ExposedData />
        <Checklist progress={progress} />
        <TakeAway />
        <ForgetData onForgotten={onForgotten} />
        <p className="print-only">{t('printFooter')}</p>
      </div>
    </ResultsContext.Provider>
  );
}
