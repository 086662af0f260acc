import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { use } from 'react';
import { getIncident } from '@/lib/catalog';
import { isOneOf } from '@/lib/catalog/vocabulary';
import { INCIDENT_IDS } from '@/lib/catalog/incidents';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/i18n/metadata';
import { IncidentDetail } from '@/components/catalog/IncidentDetail';
import '@/components/catalog/catalog.css';

type Props = { params: Promise<{ locale: Locale; id: string }> };

// Only the catalog's incidents exist; any other id is the 404 page.
export const dynamicParams = false;

export function generateStaticParams() {
  return INCIDENT_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isOneOf(INCIDENT_IDS, id)) return {};
  const t = await getTranslations({ locale, namespace: 'Incidents' });
  return pageMetadata(locale, `/incidents/${id}/`, t(`${id}.headline`), t(`${id}.who`));
}

export default function IncidentPage({ params }: Props) {
  const { locale, id } = use(params);
  setRequestLocale(locale);
  const incident = getIncident(id);
  if (!incident) notFound();
  return <IncidentDetail incident={incident} />;
}
