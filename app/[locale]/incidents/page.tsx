import type { Metadata } from 'next';
import { useLocale, useTranslations } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { use } from 'react';
import { CATALOG } from '@/lib/catalog';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { IncidentTimeline } from '@/components/catalog/IncidentTimeline';
import '@/components/catalog/catalog.css';
import { localePath } from '@/lib/i18n/paths';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'IncidentsIndex' });
  return pageMetadata(locale, '/incidents/', t('metaTitle'), t('metaDescription'));
}

export default function IncidentsIndexPage({ params }: Props) {
  const { locale } = use(params);
  setRequestLocale(locale);
  return <IncidentsIndex />;
}

function IncidentsIndex() {
  const t = useTranslations('IncidentsIndex');
  const locale = useLocale();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>
        <a className="button" href={localePath(locale, '/check/')}>
          {t('checkCta')}
        </a>
      </p>
      <IncidentTimeline incidents={CATALOG} />
      <p>{t.rich('minorNote', { link: (chunks) => <a href={localePath(locale, '/about/')}>{chunks}</a> })}</p>
      <p>{t.rich('glossaryNote', { link: (chunks) => <a href={localePath(locale, '/glossary/')}>{chunks}</a> })}</p>
    </>
  );
}
