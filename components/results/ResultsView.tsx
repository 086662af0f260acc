'use client';

import { useTranslations } from 'next-intl';
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
  const progress = useProgress();
  return (
    <ResultsContext.Provider value={data}>
      <div className="results">
        <p className="muted">
          {t('privacyNote')} {t('asOf', { date: date(data.assessment.asOf) })}
        </p>
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
