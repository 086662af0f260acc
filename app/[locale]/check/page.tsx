import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { pickMessages } from '@/lib/i18n/pick';
import { CheckFlow } from '@/components/check/CheckFlow';
import { HEADING_ID } from '@/components/check/steps';
import { localePath } from '@/lib/i18n/paths';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata(locale, '/check/', t('pageTitle'), t('pageDescription'));
}

/**
 * The questionnaire runs only in the browser (answers never leave it), so the
 * static HTML holds the heading and, without JavaScript, a plain explanation
 * and a link to the incident pages. The form reads `?step=` and the draft on
 * the client, hence the Suspense boundary (useSearchParams in a static export).
 */
export default async function CheckPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Check' });
  const messages = await getMessages();
  const fallback = (
    <div className="check">
      <h1 id={HEADING_ID} tabIndex={-1}>
        {t('fallbackHeading')}
      </h1>
      <noscript>
        <p>{t('noscript')}</p>
        <p>
          <a href={localePath(locale, '/incidents/')}>{t('noscriptLink')}</a>
        </p>
      </noscript>
    </div>
  );
  return (
    <NextIntlClientProvider messages={pickMessages(messages, { Check: 'all', Errors: 'all' })}>
      <Suspense fallback={fallback}>
        <CheckFlow />
      </Suspense>
    </NextIntlClientProvider>
  );
}
