import { getLocale, getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SiteLinks } from './SiteLinks';

export async function SiteHeader() {
  const t = await getTranslations('Layout');
  const ts = await getTranslations('LanguageSwitcher');
  const locale = await getLocale();
  const target = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localePath(locale)} className="site-header__name" aria-label={t('homeLinkLabel')}>
          {t('productName')}
        </a>
        <nav aria-label={t('navLabel')} className="site-header__nav">
          <SiteLinks paths={['/check/', '/incidents/', '/glossary/']} />
        </nav>
        <nav aria-label={ts('navLabel')} className="site-header__lang">
          <LanguageSwitcher target={target} label={ts('label')} />
        </nav>
      </div>
    </header>
  );
}
