import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { IntlProvider, type AbstractIntlMessages } from 'use-intl';
import { isLocale } from '@/lib/i18n/locale-choice';
import { ISLAND_ATTRIBUTE, ISLAND_TIME_ZONE, type IslandName } from './islands';

/**
 * Hydrates one island of a prerendered page: the element the page marked with
 * ISLAND_ATTRIBUTE, with the same provider props as the prerender (the page's
 * locale, the picked messages, UTC), so React adopts the HTML instead of
 * redrawing it. The rest of the page (header, footer, language switcher) is
 * plain HTML that needs no JavaScript.
 */
export function hydrateIsland(name: IslandName, messages: AbstractIntlMessages, app: ReactNode) {
  const root = document.querySelector(`[${ISLAND_ATTRIBUTE}="${name}"]`);
  const locale = document.documentElement.lang;
  // Both are written by the prerender: without them the page would wait for
  // its island for ever, so say so where the tests (and a developer) look.
  if (!root) throw new Error(`No element marked ${ISLAND_ATTRIBUTE}="${name}" on this page`);
  if (!isLocale(locale)) throw new Error(`The page's language (${JSON.stringify(locale)}) is not one the site has`);
  hydrateRoot(
    root,
    <IntlProvider locale={locale} messages={messages} timeZone={ISLAND_TIME_ZONE}>
      {app}
    </IntlProvider>,
  );
}
