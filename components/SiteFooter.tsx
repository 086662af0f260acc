import { useTranslations } from 'next-intl';
import { SiteLinks } from './SiteLinks';

export function SiteFooter() {
  const t = useTranslations('Layout');
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('privacyLine')}</p>
        <nav aria-label={t('footerLabel')}>
          <SiteLinks paths={['/about/', '/incidents/', '/glossary/']} />
        </nav>
      </div>
    </footer>
  );
}
