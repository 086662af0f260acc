import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import '@/components/globals.css';

// The single 404.html of the static export, served for every unknown path:
// it cannot know the visitor's language, so it speaks both.
export async function generateMetadata(): Promise<Metadata> {
  const titles = await Promise.all(
    routing.locales.map(async (locale) => (await getTranslations({ locale, namespace: 'NotFound' }))('title')),
  );
  return { title: titles.join(' / '), robots: { index: false } };
}

export default async function NotFound() {
  const sections = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'NotFound' }),
    })),
  );
  const layout = await getTranslations({ locale: routing.defaultLocale, namespace: 'Layout' });
  return (
    <html lang={routing.defaultLocale}>
      <body>
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
          {sections.map(({ locale, t }) => (
            <section key={locale} lang={locale} aria-labelledby={`nf-${locale}`}>
              <h1 id={`nf-${locale}`}>{t('heading')}</h1>
              <p>{t('body')}</p>
              <p>
                <a href={`/${locale}/`} hrefLang={locale}>
                  {t('homeLink')}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
