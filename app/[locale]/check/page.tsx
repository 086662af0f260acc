import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { pickMessages } from '@/lib/i18n/pick';
import { CheckFlow } from '@/components/check/CheckFlow';
import { CheckFallback } from '@/components/check/CheckFallback';
import { ISLAND_ATTRIBUTE, ISLANDS } from '@/components/islands/islands';

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
  const messages = await getMessages();
  return (
    // The element the questionnaire's island hydrates (components/islands/check.tsx renders the same tree).
    <div {...{ [ISLAND_ATTRIBUTE]: 'check' }} className="island">
      <NextIntlClientProvider messages={pickMessages(messages, ISLANDS.check.messages)} timeZone="UTC">
        <Suspense fallback={<CheckFallback />}>
          <CheckFlow />
        </Suspense>
      </NextIntlClientProvider>
    </div>
  );
}
