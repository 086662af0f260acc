import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { rootRedirectScript } from '@/lib/i18n/root-redirect';
import { SITE_URL, alternatesFor } from '@/lib/site';
import '@/components/globals.css';
import { localePath } from '@/lib/i18n/paths';

// "/" has no language of its own: a tiny page that sends the visitor to
// theirs, and shows both links for browsers without JavaScript.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Root' });
  const { languages } = alternatesFor(routing.defaultLocale, '/');
  return {
    metadataBase: new URL(SITE_URL),
    title: t('title'),
    description: t('description'),
    alternates: { canonical: `${SITE_URL}/`, languages },
  };
}

export default async function RootPage() {
  const choices = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'Root' }),
    })),
  );
  const first = choices[0]!;
  return (
    <html lang={routing.defaultLocale}>
      <head>
        <script dangerouslySetInnerHTML={{ __html: rootRedirectScript() }} />
      </head>
      <body>
        <main className="page">
          <h1>{first.t('heading')}</h1>
          <ul className="root-choices">
            {choices.map(({ locale, t }) => (
              <li key={locale} lang={locale}>
                <p>{t('intro')}</p>
                <a href={localePath(locale)} hrefLang={locale} className="button">
                  {t('continue')}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  );
}
