// Test harness for the questionnaire: real messages, and a stand-in for
// next/navigation's useSearchParams that follows history.pushState like the
// Next router does.
import { act, render } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { Suspense, useSyncExternalStore } from 'react';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { pickMessages } from '@/lib/i18n/pick';
import { CheckFlow } from '@/components/check/CheckFlow';

const listeners = new Set<() => void>();
let patched = false;

export function patchHistory() {
  if (patched) return;
  patched = true;
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      listeners.forEach((l) => l());
    };
  }
  window.addEventListener('popstate', () => listeners.forEach((l) => l()));
}

export function useSearchParamsStandIn(): URLSearchParams {
  const search = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => window.location.search,
  );
  return new URLSearchParams(search);
}

export function renderCheck(locale: 'en' | 'fr' = 'en', navigate: (href: string) => void = () => {}) {
  const messages = locale === 'en' ? en : fr;
  return render(
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages, { Check: 'all', Errors: 'all' })} timeZone="UTC">
      <main>
        {/* As on the page: the form suspends while the reader of saved answers is imported. */}
        <Suspense fallback={<h1>Loading</h1>}>
          <CheckFlow navigate={navigate} />
        </Suspense>
      </main>
    </NextIntlClientProvider>,
  );
}

/**
 * renderCheck when answers are saved (a draft, a fragment): the form waits for
 * the reader of saved answers, imported on demand, so this waits for it too.
 */
export async function renderCheckRestored(locale: 'en' | 'fr' = 'en', navigate: (href: string) => void = () => {}) {
  let result: ReturnType<typeof renderCheck> | undefined;
  await act(async () => {
    result = renderCheck(locale, navigate);
  });
  return result!;
}
