import type { Metadata } from 'next';
import { useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { GlossaryList } from '@/components/catalog/GlossaryList';
import '@/components/catalog/catalog.css';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return pageMetadata(locale, '/glossary/', t('metaTitle'), t('metaDescription'));
}

export default function GlossaryPage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  return <Glossary />;
}

function Glossary() {
  const t = useTranslations('Glossary');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <GlossaryList />
    </>
  );
}
