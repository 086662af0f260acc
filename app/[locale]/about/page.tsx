import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { AboutCatalog } from '@/components/catalog/AboutCatalog';
import { EngineRules } from '@/components/about/EngineRules';
import '@/components/catalog/catalog.css';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return pageMetadata(locale, '/about/', t('aboutTitle'), t('aboutDescription'));
}

export default function AboutPage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations('About');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('purpose')}</p>
      <h2>{t('privacyHeading')}</h2>
      <p>{t('privacy')}</p>
      <h2>{t('sourcesHeading')}</h2>
      <p>{t('sources')}</p>
      <EngineRules />
      <AboutCatalog />
    </>
  );
}
