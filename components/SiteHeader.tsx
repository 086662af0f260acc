import { useLocale, useTranslations } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const t = useTranslations('Layout');
  const ts = useTranslations('LanguageSwitcher');
  const locale = useLocale();
  const target = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name" aria-label={t('homeLinkLabel')}>
          {t('productName')}
        </Link>
        <nav aria-label={ts('navLabel')}>
          <ul>
            <li>
              <LanguageSwitcher target={target} label={ts('label')} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
