import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'fr'],
  defaultLocale: 'en',
  // Static export: every URL carries its locale, there is no proxy to negotiate one.
  localePrefix: 'always',
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
