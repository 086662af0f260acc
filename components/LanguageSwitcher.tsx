'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/routing';
import { LOCALE_STORAGE_KEY, localizedHref } from '@/lib/i18n/locale-choice';

type Props = {
  /** the language this link switches to */
  target: Locale;
  /** its name in that language ("Français", "English"), from messages */
  label: string;
};

/**
 * A plain link to the same page in the other language. Without JavaScript it
 * goes to the translated path; with JavaScript it also carries the query
 * string and the fragment (where answers live) and remembers the choice.
 * Its words come as props from the server header, so content pages ship no
 * i18n runtime to the browser.
 */
export function LanguageSwitcher({ target, label }: Props) {
  const pathname = usePathname() ?? '/';
  const [href, setHref] = useState(() => localizedHref(target, { pathname, search: '', hash: '' }));

  useEffect(() => {
    const update = () => setHref(localizedHref(target, window.location));
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
    };
  }, [target, pathname]);

  function remember(event: React.MouseEvent<HTMLAnchorElement>) {
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, target);
    } catch {
      // Storage can be disabled; the link still works.
    }
    // The fragment may have changed without an event (history.replaceState).
    const next = localizedHref(target, window.location);
    event.currentTarget.href = next;
    // An address carrying answers (#v1;…) replaces its history entry instead of
    // adding one, so "Forget" on the next page leaves no entry with the answers.
    const plain = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
    if (plain && /^#v\d/i.test(window.location.hash)) {
      event.preventDefault();
      window.location.replace(next);
    }
  }

  return (
    <a href={href} hrefLang={target} lang={target} onClick={remember} className="language-switcher">
      {label}
    </a>
  );
}
