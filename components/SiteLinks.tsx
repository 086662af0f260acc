import { getLocale, getTranslations } from 'next-intl/server';
import { localePath } from '@/lib/i18n/paths';

/** Which Layout message names each site link, by locale-free path. */
const LINKS = {
  '/check/': 'navCheck',
  '/incidents/': 'navIncidents',
  '/glossary/': 'navGlossary',
  '/about/': 'aboutLink',
} as const;

/** A list of plain links to site pages, in the current language (header and footer). */
export async function SiteLinks({ paths }: { paths: readonly (keyof typeof LINKS)[] }) {
  const t = await getTranslations('Layout');
  const locale = await getLocale();
  return (
    <ul>
      {paths.map((path) => (
        <li key={path}>
          <a href={localePath(locale, path)}>{t(LINKS[path])}</a>
        </li>
      ))}
    </ul>
  );
}
