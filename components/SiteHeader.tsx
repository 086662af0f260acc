import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitcher } from './LanguageSwitcher';

export function SiteHeader() {
  const t = useTranslations('Layout');
  const ts = useTranslations('LanguageSwitcher');
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name" aria-label={t('homeLinkLabel')}>
          {t('productName')}
        </Link>
        <nav aria-label={ts('navLabel')}>
          <ul>
            <li>
              <LanguageSwitcher />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
