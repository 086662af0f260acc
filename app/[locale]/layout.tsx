import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/lib/i18n/routing';
import { SiteHeader } from '@/components/SiteHeader';
import { SiteFooter } from '@/components/SiteFooter';
import { MAIN_ID, SkipLink } from '@/components/SkipLink';
import { languageSwitchScript } from '@/lib/i18n/switch-script';
import '@/components/globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// No NextIntlClientProvider here: content pages ship no i18n runtime (~15 KB
// gz saved per page). Pages with client components wrap them in a provider
// that passes only their namespaces.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);

  return (
    <html lang={locale}>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id={MAIN_ID} tabIndex={-1} className="page">
          {children}
        </main>
        <SiteFooter />
        {/* The language switcher's behaviour, as a few hundred bytes of inline
            script that needs no framework runtime (its hash goes in the CSP). */}
        <script dangerouslySetInnerHTML={{ __html: languageSwitchScript() }} />
      </body>
    </html>
  );
}
