'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { localizedHref } from '@/lib/i18n/locale-choice';
import { SWITCH_ATTRIBUTE } from '@/lib/i18n/switch-script';

type Props = {
  /** the language this link switches to */
  target: Locale;
  /** its name in that language ("Français", "English"), from messages */
  label: string;
};

/**
 * A plain link to the same page in the other language. It is a client
 * component only to learn the current path while the page is prerendered
 * (a layout cannot know it), and it must stay free of state, effects and
 * handlers: content pages are shipped without hydration, so nothing here would
 * ever run there (scripts/strip-static.mjs lists it as hydration-free). The
 * behaviour lives in the inline script of languageSwitchScript(): carry the
 * query string and the fragment (where answers live) and remember the choice.
 * Without JavaScript the link still goes to the translated path.
 */
export function LanguageSwitcher({ target, label }: Props) {
  const pathname = usePathname() ?? '/';
  const href = localizedHref(target, { pathname, search: '', hash: '' });
  return (
    <a href={href} hrefLang={target} lang={target} className="language-switcher" {...{ [SWITCH_ATTRIBUTE]: target }}>
      {label}
    </a>
  );
}
