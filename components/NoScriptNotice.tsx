import type { Locale } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';

/**
 * What a page that needs JavaScript says without it: why there is nothing
 * more here, and the incident pages, which work without it. The texts are
 * the page's own (its namespace's `noscript` and `noscriptLink`).
 */
export function NoScriptNotice({ locale, text, linkText }: { locale: Locale; text: string; linkText: string }) {
  return (
    <noscript>
      <p>{text}</p>
      <p>
        <a href={localePath(locale, '/incidents/')}>{linkText}</a>
      </p>
    </noscript>
  );
}
