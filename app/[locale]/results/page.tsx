import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { pickMessages } from '@/lib/i18n/pick';
import { RESULTS_MESSAGES } from '@/lib/results/page-messages';
import { ResultsApp } from '@/components/results/ResultsApp';
import { localePath } from '@/lib/i18n/paths';
import { ISLAND_ATTRIBUTE } from '@/components/islands/islands';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Results' });
  return { ...(await pageMetadata(locale, '/results/', t('metaTitle'), t('metaDescription'))), robots: { index: false } };
}

/**
 * Prerendered without answers: they live in the fragment, which only the
 * browser sees. The client component reads it after mount and works out the
 * results there; without JavaScript the page says so and links to the
 * incident pages.
 */
export default async function ResultsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Results' });
  const messages = await getMessages();
  return (
    <>
      <noscript>
        <p>{t('noscript')}</p>
        <p>
          <a href={localePath(locale, '/incidents/')}>{t('noscriptLink')}</a>
        </p>
      </noscript>
      {/* The element the results island hydrates (components/islands/hydrate.tsx). */}
      <div {...{ [ISLAND_ATTRIBUTE]: 'results' }} className="island">
        <NextIntlClientProvider messages={pickMessages(messages, RESULTS_MESSAGES)} timeZone="UTC">
          <ResultsApp />
        </NextIntlClientProvider>
      </div>
    </>
  );
}
