import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export function SiteFooter() {
  const t = useTranslations('Layout');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('privacyLine')}</p>
        <nav aria-label={t('footerLabel')}>
          <ul>
            <li>
              <Link href="/about">{t('aboutLink')}</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
