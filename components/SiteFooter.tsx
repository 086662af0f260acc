import { useLocale, useTranslations } from 'next-intl';
import { localePath } from '@/lib/i18n/paths';

export function SiteFooter() {
  const t = useTranslations('Layout');
  const locale = useLocale();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('privacyLine')}</p>
        <nav aria-label={t('footerLabel')}>
          <ul>
            <li>
              <a href={localePath(locale, '/about/')}>{t('aboutLink')}</a>
            </li>
            <li>
              <a href={localePath(locale, '/incidents/')}>{t('navIncidents')}</a>
            </li>
            <li>
              <a href={localePath(locale, '/glossary/')}>{t('navGlossary')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
