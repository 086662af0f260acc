import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { pickMessages } from '@/lib/i18n/pick';
import { CheckIsland } from '@/components/check/CheckIsland';
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
 * and a link to the incident pages (CheckFallback).
 */
export default async function CheckPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const messages = await getMessages();
  return (
    // The element the questionnaire's island hydrates, with the same tree (CheckIsland).
    <div {...{ [ISLAND_ATTRIBUTE]: 'check' }} className="island">
      <NextIntlClientProvider messages={pickMessages(messages, ISLANDS.check.messages)} timeZone="UTC">
        <CheckIsland />
      </NextIntlClientProvider>
    </div>
  );
}
