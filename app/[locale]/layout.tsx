import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/lib/i18n/routing';
import { isLocale } from '@/lib/i18n/locale-choice';
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
// Not next-intl's hasLocale: importing anything from 'next-intl' in a server
// module the layout reaches (this file, the header, the footer, the skip link,
// lib/i18n/request.ts) registers its client provider with the layout, and the
// provider and the i18n runtime (~3.5 KB gz) then ship in the layout's chunk,
// which the two interactive pages load on top of their own copy. These use
// 'next-intl/server' only.
export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
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
