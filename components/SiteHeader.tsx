import { useLocale, useTranslations } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { localePath } from '@/lib/i18n/paths';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const t = useTranslations('Layout');
  const ts = useTranslations('LanguageSwitcher');
  const locale = useLocale();
  const target = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={localePath(locale)} className="site-header__name" aria-label={t('homeLinkLabel')}>
          {t('productName')}
        </a>
        <nav aria-label={t('navLabel')} className="site-header__nav">
          <ul>
            <li>
              <a href={localePath(locale, '/check/')}>{t('navCheck')}</a>
            </li>
            <li>
              <a href={localePath(locale, '/incidents/')}>{t('navIncidents')}</a>
            </li>
            <li>
              <a href={localePath(locale, '/glossary/')}>{t('navGlossary')}</a>
            </li>
          </ul>
        </nav>
        <nav aria-label={ts('navLabel')} className="site-header__lang">
          <LanguageSwitcher target={target} label={ts('label')} />
        </nav>
      </div>
    </header>
  );
}
