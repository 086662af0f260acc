// The about page states every rule the engine applies, in both languages,
// with the engine's own figures.
import { createTranslator } from 'use-intl';
import { ENGINE_RULES, RULE_FIGURES } from '@/lib/assessment/rules';
import { UNDISCLOSED_START_REACH_MONTHS } from '@/lib/months';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

describe.each([
  ['en', en],
  ['fr', fr],
] as const)('About.rules (%s)', (locale, messages) => {
  const t = createTranslator({ locale, messages, namespace: 'About.rules' }) as unknown as (
    key: string,
    values?: Record<string, number>,
  ) => string;

  it.each(ENGINE_RULES)('states the %s rule', (rule) => {
    const text = t(`items.${rule}`, { months: RULE_FIGURES.reachMonths });
    expect(text).not.toMatch(/^About\.rules|[{}]/);
    expect(text.length).toBeGreaterThan(40);
  });

  it('quotes the reach the engine uses before an undisclosed start', () => {
    expect(t('items.undisclosedStart', { months: UNDISCLOSED_START_REACH_MONTHS })).toContain(
      String(UNDISCLOSED_START_REACH_MONTHS),
    );
  });
});
