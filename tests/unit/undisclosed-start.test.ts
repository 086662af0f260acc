// Incident pages say how far back an undisclosed start reaches, from the
// engine's own window function and constant.
import { CATALOG } from '@/lib/catalog';
import { undisclosedStart } from '@/lib/catalog/helpers';
import { assess } from '@/lib/assessment/assess';
import type { Answers } from '@/lib/answers/types';
import type { Assessment } from '@/lib/assessment/types';
import { parseYearMonth, toYearMonth, UNDISCLOSED_START_REACH_MONTHS } from '@/lib/months';
import { createTranslator } from 'use-intl';
import { formatDate, formatMonthSpan } from '@/lib/dates';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const withUndisclosed = CATALOG.filter((i) =>
  i.populations.some((p) => p.members.some((m) => m.membership.kind === 'active-during' && m.membership.startUndisclosed)),
);

describe('undisclosed start on incident pages', () => {
  it('concerns the incidents whose sources give only the stop', () => {
    expect(withUndisclosed.map((i) => i.id)).toEqual(expect.arrayContaining(['2018-08-account-data', '2020-12-cpni']));
    for (const i of CATALOG) expect([i.id, undisclosedStart(i) !== null]).toEqual([i.id, withUndisclosed.includes(i)]);
  });

  it.each(withUndisclosed.map((i) => [i.id, i] as const))('%s: the months before the stop the engine counts', (_id, incident) => {
    const reach = undisclosedStart(incident)!;
    expect(reach.possible).not.toBeNull();
    const stop = parseYearMonth(reach.stop)!;
    expect(reach.possible).toEqual({ from: toYearMonth(stop - UNDISCLOSED_START_REACH_MONTHS), to: reach.stop });
    // The engine agrees: a relationship only in the first month of that reach is possible for that reason; the month before is not.
    const type = incident.populations
      .flatMap((p) => p.members)
      .find((m) => m.membership.kind === 'active-during' && m.membership.startUndisclosed && !m.membership.notBefore)!.relationship;
    const only = (month: string) =>
      (assess({ relationships: [{ type, from: month, to: month }] } as Answers, { asOf: '2026-01-15' }) as Assessment).incidents
        .find((i) => i.id === incident.id)!
        .reasons.map((r) => r.code);
    expect(only(reach.possible!.from)).toContain('before-undisclosed-start');
    expect(only(toYearMonth(parseYearMonth(reach.possible!.from)! - 1))).not.toContain('before-undisclosed-start');
  });

  it('reads well in both languages', () => {
    const incident = CATALOG.find((i) => i.id === '2020-12-cpni')!;
    const reach = undisclosedStart(incident)!;
    const line = (locale: 'en' | 'fr') =>
      createTranslator({ locale, messages: locale === 'en' ? en : fr, namespace: 'IncidentPage' })('undisclosedStart', {
        stop: formatDate(locale, reach.stop),
        months: UNDISCLOSED_START_REACH_MONTHS,
        range: formatMonthSpan(locale, reach.possible!),
      }).replace(/[\u00a0\u2009\u202f]/gu, ' ');
    expect(line('en')).toBe(
      'The sources say only when the access stopped (December 2020), not when it began. Our check counts the 12 months before the stop as possible too (December 2019 – December 2020).',
    );
    expect(line('fr')).toBe(
      'Les sources disent seulement quand l’accès a pris fin (décembre 2020), pas quand il a commencé. Notre vérification compte aussi comme possibles les 12 mois avant la fin (décembre 2019 – décembre 2020).',
    );
  });
});
