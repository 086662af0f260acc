// "Possible" says what would have made it "likely": the engine names the
// relationship and the months of the window (reason `likely-if`), and the
// sentence must hold: covering one of those months in full makes it likely.
import { createTranslator } from 'use-intl';
import { assess } from '@/lib/assessment/assess';
import { reasonMessage } from '@/lib/assessment/reasons';
import type { Answers, RelationshipAnswer } from '@/lib/answers/types';
import type { Assessment, Reason } from '@/lib/assessment/types';
import { formatDate } from '@/lib/dates';
import { parseYearMonth, toYearMonth } from '@/lib/months';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const AS_OF = '2026-01-15';
const run = (relationships: RelationshipAnswer[]): Assessment => {
  const result = assess({ relationships } as Answers, { asOf: AS_OF });
  if (!('incidents' in result)) throw new Error(JSON.stringify(result));
  return result;
};
const incident = (a: Assessment, id: string) => a.incidents.find((i) => i.id === id)!;
const likelyIf = (reasons: readonly Reason[]) => reasons.filter((r) => r.code === 'likely-if');

function sentence(locale: 'en' | 'fr', reason: Reason): string {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : fr });
  const { key, values } = reasonMessage(reason, (iso) => formatDate(locale, iso));
  return (t as unknown as (k: string, v: Record<string, string | number>) => string)(key, values);
}

describe('likely-if', () => {
  it('joined in the month of the August 2021 attack: likely if there all month', () => {
    const r = incident(run([{ type: 'postpaid', from: '2021-08', to: 'present' }]), '2021-08-cyberattack');
    expect(r.status).toBe('possible');
    const [first] = likelyIf(r.reasons);
    expect(first).toMatchObject({ relationship: 'postpaid', values: { windowFrom: '2021-08', windowTo: '2021-08' } });
    expect(sentence('en', first!)).toBe(
      'If you were a postpaid customer (monthly bill) for the whole of August 2021, your data was likely exposed.',
    );
    expect(sentence('fr', first!)).toBe(
      'Si vous faisiez partie de la clientèle postpayée (forfait avec facture mensuelle) en août 2021, du premier au dernier jour du mois, vos données ont probablement été exposées.',
    );
  });

  it('no dates remembered: names the months of the window the relationship may have covered', () => {
    const r = incident(run([{ type: 'postpaid', from: 'unknown', to: 'unknown' }]), '2021-08-cyberattack');
    expect(r.status).toBe('possible');
    expect(likelyIf(r.reasons).length).toBeGreaterThan(0);
  });

  it('is never said when the group itself keeps it possible (only part of it was hit)', () => {
    // A certain overlap with the 2023 PIN incident, whose group was partial: dates would change nothing.
    const r = incident(run([{ type: 'postpaid', from: '2021-08', to: 'present' }]), '2023-04-pin');
    expect(r.status).toBe('possible');
    expect(likelyIf(r.reasons)).toEqual([]);
  });

  it('is never said for a likely incident', () => {
    const a = run([{ type: 'postpaid', from: '2015-01', to: 'present' }]);
    for (const i of a.incidents.filter((x) => x.status === 'likely')) expect(likelyIf(i.reasons)).toEqual([]);
  });

  // The sentence holds for every answer it is said for: the same relationship
  // over the month before to the month after a named month is "likely".
  const personas: RelationshipAnswer[][] = (['postpaid', 'prepaid', 'metro', 'sprint_moved', 'mvno', 'employee'] as const).flatMap(
    (type) => [
      [{ type, from: 'unknown', to: 'unknown' }],
      [{ type, from: '2021', to: '2021' }],
      [{ type, from: '2019', to: 'present' }],
      [{ type, from: '2021-08', to: '2022-12' }],
      [{ type, from: '2015-09', to: '2020-12' }],
      [{ type, from: '2018-08', to: '2019-11' }],
    ],
  );
  it.each(personas.map((p) => [JSON.stringify(p), p] as const))('holds for %s', (_name, relationships) => {
    const a = run(relationships);
    for (const i of a.incidents) {
      for (const reason of likelyIf(i.reasons)) {
        expect(i.status).toBe('possible');
        const month = parseYearMonth(reason.values.windowFrom)!;
        const type = relationships[reason.relationshipIndex]!.type;
        const covering = run([{ type, from: toYearMonth(month - 1), to: toYearMonth(month + 1) }]);
        expect([i.id, incident(covering, i.id).status]).toEqual([i.id, 'likely']);
      }
    }
  });

  it('the walk meets the sentence (so the check above is not empty)', () => {
    const said = personas.flatMap((p) => run(p).incidents.flatMap((i) => likelyIf(i.reasons)));
    expect(said.length).toBeGreaterThanOrEqual(5);
  });
});
