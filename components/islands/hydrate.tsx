import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { IntlProvider, type AbstractIntlMessages } from 'use-intl';
import { isLocale } from '@/lib/i18n/locale-choice';
import { ISLAND_ATTRIBUTE, type IslandName } from './islands';

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
  // Both are written by the prerender; a page without them is not one of ours.
  if (!root || !isLocale(locale)) return;
  hydrateRoot(
    root,
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      {app}
    </IntlProvider>,
  );
}
