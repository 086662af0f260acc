import { routing, type Locale } from './routing';

/** localStorage key holding the visitor's chosen language ("en" | "fr"). */
export const LOCALE_STORAGE_KEY = 'exposure-check:locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/**
 * The language a visitor lands on at "/": a saved choice first, then the
 * browser's languages in order (a French browser gets French), else English.
 * Garbage in storage or in navigator.languages is ignored, never thrown on.
 */
export function chooseLocale(saved: unknown, languages: readonly unknown[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of languages) {
    if (typeof tag !== 'string') continue;
    const base = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return routing.defaultLocale;
}

/**
 * The same page in another language: swaps the first path segment and keeps
 * the rest of the path, the query string and the fragment (answers live there).
 */
export function localizedHref(
  target: Locale,
  location: { pathname: string; search: string; hash: string },
): string {
  const segments = location.pathname.split('/');
  // segments[0] is '' because pathname starts with '/'
  if (isLocale(segments[1])) segments[1] = target;
  else segments.splice(1, 0, target);
  let path = segments.join('/');
  if (path === `/${target}`) path += '/';
  return path + location.search + location.hash;
}
