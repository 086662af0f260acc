import type { Locale } from './routing';

/**
 * The URL of a page in a locale, with the trailing slash of the static
 * export: localePath('fr', '/incidents/') -> '/fr/incidents/'. Plain <a>
 * links with these hrefs need no client-side i18n runtime.
 */
export function localePath(locale: Locale, path: string = '/'): string {
  const [pathname = '/', rest = ''] = path.split(/(?=[?#])/, 2);
  let clean = pathname.startsWith('/') ? pathname : `/${pathname}`;
  if (!clean.endsWith('/')) clean += '/';
  return `/${locale}${clean}${rest}`;
}
