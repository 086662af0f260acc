import { getTranslations } from 'next-intl/server';
import { SiteLinks } from './SiteLinks';

export async function SiteFooter() {
  const t = await getTranslations('Layout');
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
