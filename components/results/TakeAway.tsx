'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { encodeAnswersFragment } from '@/lib/answers/fragment';
import { useResults } from './context';
import { localePath } from '@/lib/i18n/paths';

type CopyState = 'idle' | 'copied' | 'failed';

/** Print, copy the link (it carries the answers, and says so), start again. */
export function TakeAway() {
  const t = useTranslations('Results.takeAway');
  const locale = useLocale();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [url, setUrl] = useState('');
  const fallback = useRef<HTMLInputElement>(null);
  const { answers } = useResults();

  async function copyLink() {
    // The answers alone, without the place on the page the address may also name.
    const href = `${window.location.origin}${window.location.pathname}#${encodeAnswersFragment(answers)}`;
    setUrl(href);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setCopy('copied');
    } catch {
      setCopy('failed');
      // Let the person copy it themselves: the field is shown and selected.
      requestAnimationFrame(() => {
        fallback.current?.focus();
        fallback.current?.select();
      });
    }
  }

  return (
    <section aria-labelledby="takeaway-heading" className="results-takeaway no-print">
      <h2 id="takeaway-heading">{t('heading')}</h2>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button button--secondary" onClick={copyLink} aria-describedby="copy-note">
          {t('copy')}
        </button>
        <a className="button button--secondary" href={localePath(locale, '/check/')}>
          {t('startAgain')}
        </a>
      </p>
      <p id="copy-note" className="muted">
        {t('copyNote')}
      </p>
      <div role="status">{copy === 'copied' && <p className="notice notice--ok">{t('copied')}</p>}</div>
      {copy === 'failed' && (
        <div className="copy-fallback">
          <p>
            <label htmlFor="results-link">{t('copyFallback')}</label>
          </p>
          <input id="results-link" ref={fallback} type="text" readOnly value={url} className="copy-fallback__input" />
        </div>
      )}
    </section>
  );
}
