import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages } from '@/lib/i18n/pick';
import { ISLAND_ATTRIBUTE, ISLAND_TIME_ZONE, ISLANDS, type IslandName } from './islands';

/**
 * The element an island hydrates, as its page prerenders it: marked with the
 * island's name, and with the provider props hydrateIsland gives the same
 * tree in the browser (the island's messages, its time zone), so the two
 * cannot differ.
 */
export async function IslandRoot({ name, children }: { name: IslandName; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <div {...{ [ISLAND_ATTRIBUTE]: name }} className="island">
      <NextIntlClientProvider messages={pickMessages(messages, ISLANDS[name].messages)} timeZone={ISLAND_TIME_ZONE}>
        {children}
      </NextIntlClientProvider>
    </div>
  );
}
