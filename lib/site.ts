import { routing, type Locale } from './i18n/routing';

/** Origin the site is published at; set SITE_URL at build time. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** Absolute URL of a locale-less path ("/incidents/") in a given locale. */
function absoluteUrl(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${SITE_URL}/${locale}${clean === '/' ? '/' : clean}`;
}

/** canonical + hreflang alternates (en, fr, x-default) for Next's metadata API. */
export function alternatesFor(locale: Locale, path: string) {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = absoluteUrl(l, path);
  languages['x-default'] = `${SITE_URL}/`;
  return { canonical: absoluteUrl(locale, path), languages };
}
