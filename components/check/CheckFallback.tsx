import { useLocale, useTranslations } from 'next-intl';
import { NoScriptNotice } from '@/components/NoScriptNotice';
import { HEADING_ID } from './steps';

/**
 * What the questionnaire shows until the form can be drawn: the prerendered
 * page (the step and the draft are only known in the browser), and the
 * island while it waits for a saved draft to be read. The same element in
 * both, so nothing moves when the form replaces it. Without JavaScript it
 * explains why there is no form and links to the incident pages.
 */
export function CheckFallback() {
  const t = useTranslations('Check');
  const locale = useLocale();
  return (
    <div className="check">
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('fallbackHeading')}
      </h1>
      <NoScriptNotice locale={locale} text={t('noscript')} linkText={t('noscriptLink')} />
    </div>
  );
}
