import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import '@/components/globals.css';
import { localePath } from '@/lib/i18n/paths';

// The single 404.html of the static export, served for every unknown path:
// the server cannot tell it the visitor's language, so it speaks both, and
// leads with the language of the path. The French text is in the page twice,
// before and after the English; a one-line script marks <html> when the path
// starts with /fr/ and the stylesheet shows the copy that comes first. The
// order read aloud, tabbed through and seen is the same, and without
// JavaScript the page simply leads with English.
export async function generateMetadata(): Promise<Metadata> {
  const titles = await Promise.all(
    routing.locales.map(async (locale) => (await getTranslations({ locale, namespace: 'NotFound' }))('title')),
  );
  return { title: titles.join(' / '), robots: { index: false } };
}

/** Runs before the page paints; its hash goes into the page's CSP at build time. */
const LEAD_SCRIPT = `if(/^\\/fr(\\/|$)/.test(location.pathname)){var d=document.documentElement;d.setAttribute('data-lead','fr');d.lang='fr'}`;

export default async function NotFound() {
  const sections = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'NotFound' }),
    })),
  );
  const layout = await getTranslations({ locale: routing.defaultLocale, namespace: 'Layout' });
  const [first, ...others] = sections;
  const section = ({ locale, t }: (typeof sections)[number], copy: 'lead' | 'main') => (
    <section
      key={`${locale}-${copy}`}
      lang={locale}
      aria-labelledby={`nf-${locale}-${copy}`}
      className={copy === 'lead' ? 'not-found__lead' : locale === first?.locale ? undefined : 'not-found__trail'}
    >
      <h1 id={`nf-${locale}-${copy}`}>{t('heading')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={localePath(locale)} hrefLang={locale}>
          {t('homeLink')}
        </a>
      </p>
    </section>
  );
  return (
    // The lead script may change lang and data-lead before React hydrates.
    <html lang={routing.defaultLocale} suppressHydrationWarning>
      <body>
        <script dangerouslySetInnerHTML={{ __html: LEAD_SCRIPT }} />
        <header className="site-header">
          <div className="site-header__inner">
            {/* A plain link on purpose: next/link here would add ~6 KB gz to every
                page, since this component is the not-found boundary of the whole app. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="site-header__name">
              {layout('productName')}
            </a>
          </div>
        </header>
        <main className="page">
          {others.map((s) => section(s, 'lead'))}
          {first && section(first, 'main')}
          {others.map((s) => section(s, 'main'))}
        </main>
      </body>
    </html>
  );
}
