import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { localePath } from '@/lib/i18n/paths';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return pageMetadata(locale, '/', t('homeTitle'), t('homeDescription'));
}

export default function HomePage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations('Home');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('howItWorks')}</p>
      {/* Before the privacy note, so the whole button is on the first screen of a phone.
          A plain link (works without JavaScript; the check page then explains why it needs it). */}
      <a href={localePath(locale, '/check/')} className="button button--start">
        {t('start')}
      </a>
      <p>{t('privacy')}</p>
    </>
  );
}
