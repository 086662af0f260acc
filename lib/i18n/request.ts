import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';
// Not next-intl's hasLocale: every server component that reads messages loads
// this file, and importing 'next-intl' here would put its client provider and
// the i18n runtime in the layout's chunk (see app/[locale]/layout.tsx).
import { isLocale } from './locale-choice';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
