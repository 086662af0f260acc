'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { clearSiteKeys } from '@/lib/results/progress';
import { safeStorage } from '@/lib/storage';

type Step = 'idle' | 'confirm';

/**
 * "Forget my answers and progress": an inline confirmation step (no modal to
 * trap focus in), then every exposure-check:* key in both storages and the
 * fragment are removed and `onForgotten` replaces the results.
 */
export function ForgetData({ onForgotten }: { onForgotten: () => void }) {
  const t = useTranslations('Results.forget');
  const [step, setStep] = useState<Step>('idle');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirm') confirmHeading.current?.focus();
    else if (returnFocus.current) trigger.current?.focus();
  }, [step]);

  function forget() {
    clearSiteKeys(safeStorage('localStorage'));
    clearSiteKeys(safeStorage('sessionStorage'));
    try {
      window.history.replaceState(null, '', window.location.pathname + window.location.search);
    } catch {
      window.location.hash = '';
    }
    onForgotten();
  }

  if (step === 'idle')
    return (
      <div className="results-forget no-print">
        <button ref={trigger} type="button" className="button button--warning" onClick={() => setStep('confirm')}>
          {t('button')}
        </button>
      </div>
    );

  return (
    <div className="results-forget results-forget--confirm no-print" role="group" aria-labelledby="forget-heading">
      <h2 id="forget-heading" ref={confirmHeading} tabIndex={-1}>
        {t('confirmHeading')}
      </h2>
      <p>{t('confirmBody')}</p>
      <p>
        <button type="button" className="button button--warning" onClick={forget}>
          {t('confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            returnFocus.current = true;
            setStep('idle');
          }}
        >
          {t('cancel')}
        </button>
      </p>
    </div>
  );
}
