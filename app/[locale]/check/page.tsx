import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { CheckIsland } from '@/components/check/CheckIsland';
import { IslandRoot } from '@/components/islands/IslandRoot';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Check' });
  return pageMetadata(locale, '/check/', t('pageTitle'), t('pageDescription'));
}

/**
 * The questionnaire runs only in the browser (answers never leave it), so the
 * static HTML holds the heading and, without JavaScript, a plain explanation
 * and a link to the incident pages (CheckFallback).
 */
export default async function CheckPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <IslandRoot name="check">
      <CheckIsland />
    </IslandRoot>
  );
}
