import { getTranslations } from 'next-intl/server';

export const MAIN_ID = 'main-content';

export async function SkipLink() {
  const t = await getTranslations('Layout');
  return (
    <a href={`#${MAIN_ID}`} className="skip-link">
      {t('skipLink')}
    </a>
  );
}
