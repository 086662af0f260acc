import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { ResultsApp } from '@/components/results/ResultsApp';
import { NoScriptNotice } from '@/components/NoScriptNotice';
import { IslandRoot } from '@/components/islands/IslandRoot';

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
  return (
    <>
      <NoScriptNotice locale={locale} text={t('noscript')} linkText={t('noscriptLink')} />
      <IslandRoot name="results">
        <ResultsApp />
      </IslandRoot>
    </>
  );
}
