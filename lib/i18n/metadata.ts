import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { alternatesFor, SITE_URL } from '../site';
import type { Locale } from './routing';

/** Localized <title>, description, canonical and hreflang alternates for one page. */
export async function pageMetadata(
  locale: Locale,
  path: string,
  title: string,
  description: string,
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return {
    metadataBase: new URL(SITE_URL),
    title: path === '/' ? title : t('titleTemplate', { title }),
    description,
    alternates: alternatesFor(locale, path),
  };
}
