import { useTranslations } from 'next-intl';
import { ENGINE_RULES, RULE_FIGURES } from '@/lib/assessment/rules';

/** The about page's statement of the assessment rules, one item per rule the engine applies. */
export function EngineRules() {
  const t = useTranslations('About.rules');
  return (
    <section aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {ENGINE_RULES.map((rule) => (
          <li key={rule}>
            {rule === 'undisclosedStart'
              ? t('items.undisclosedStart', { months: RULE_FIGURES.reachMonths })
              : t(`items.${rule}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
