import { useTranslations } from 'next-intl';

export const MAIN_ID = 'main-content';

export function SkipLink() {
  const t = useTranslations('Layout');
  return (
    <a href={`#${MAIN_ID}`} className="skip-link">
      {t('skipLink')}
    </a>
  );
}
