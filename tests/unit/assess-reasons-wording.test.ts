// Usability finding: relationship phrases were pasted into frames that did not
// fit them ("anyone who was someone who applied…", « des personnes qui
// faisaient partie des personnes ayant demandé… »). Render every reason code
// with every relationship type, through the real messages and ICU formatter.
import { createTranslator } from 'use-intl';
import { REASON_CODES, reasonMessage, type ReasonCode, type ReasonOf } from '@/lib/assessment/reasons';
import type { Reason } from '@/lib/assessment/types';
import type { YearMonth } from '@/lib/catalog/types';
import { UNDISCLOSED_START_REACH_MONTHS } from '@/lib/months';
import { RELATIONSHIP_TYPES, type RelationshipType } from '@/lib/catalog/vocabulary';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const BROKEN = {
  en: [/who was someone/i, /were someone/i, /a a /i, /anyone who was people/i, /\bbeen someone\b/i, /\bbecome someone\b/i, /\bbeing someone\b/i, /no longer someone/i, /still someone/i],
  fr: [/personnes qui faisaient partie des personnes/i, /(faisiez|fait) (peut-être |déjà |encore |plus )*partie des personnes/i, /rejoint les personnes/i, /d’anciens clients/i],
};

/** One reason of each code, as the engine builds them (typed: a wrong value does not compile). */
function sample(code: ReasonCode, relationship: RelationshipType, one: boolean): Reason {
  const rel = { relationshipIndex: 0, relationship };
  const windowFrom: YearMonth = '2021-01';
  const windowTo: YearMonth = one ? '2021-01' : '2021-08';
  const window = { windowFrom, windowTo };
  const months = { from: '2019-03' as YearMonth, to: (one ? '2019-03' : '2020-06') as YearMonth };
  const all: { [C in ReasonCode]: ReasonOf<C> } = {
    'active-during': { code: 'active-during', ...rel, months, values: window },
    'maybe-active-during': { code: 'maybe-active-during', ...rel, months, values: window },
    'applied-during': { code: 'applied-during', ...rel, months, values: { applied: '2019-03', ...window } },
    'maybe-applied-during': { code: 'maybe-applied-during', ...rel, months, values: { applied: '2019-03', ...window } },
    'began-by': { code: 'began-by', ...rel, values: { by: '2021-08' } },
    'maybe-began-by': { code: 'maybe-began-by', ...rel, values: { by: '2021-08' } },
    'ended-by': { code: 'ended-by', ...rel, values: { by: '2021-08' } },
    'maybe-ended-by': { code: 'maybe-ended-by', ...rel, values: { by: '2021-08' } },
    'no-window': { code: 'no-window', ...rel, values: { by: '2021-08' } },
    'before-undisclosed-start': { code: 'before-undisclosed-start', ...rel, months, values: window },
    'partial-population': { code: 'partial-population' },
    'uncertain-member': { code: 'uncertain-member' },
    'low-confidence': { code: 'low-confidence' },
    'no-data-claimed': { code: 'no-data-claimed', ...rel },
    'likely-if': { code: 'likely-if', ...rel, values: window },
    'type-not-concerned': { code: 'type-not-concerned', ...rel },
    'began-after': { code: 'began-after', ...rel, values: { began: '2019-03', ...window } },
    'ended-before': { code: 'ended-before', ...rel, values: { ended: '2020-06', ...window } },
    'applied-outside': { code: 'applied-outside', ...rel, values: { applied: '2019-03', ...window } },
    'began-before': { code: 'began-before', ...rel, values: { began: '2019-03', since: '2020-04' } },
    'not-ended-by': { code: 'not-ended-by', ...rel, values: { by: '2021-08' } },
    'excluded-group': { code: 'excluded-group', ...rel, values: { exclusion: 'x' } },
  };
  return all[code];
}

describe.each([
  ['en', en],
  ['fr', fr],
] as const)('Reasons wording (%s)', (locale, messages) => {
  const t = createTranslator({ locale, messages });
  const cases = REASON_CODES.flatMap((code) =>
    RELATIONSHIP_TYPES.flatMap((relationship) => (['one', 'many'] as const).map((span) => [code, relationship, span] as const)),
  );
  it.each(cases)('%s × %s (%s period)', (code, relationship, span) => {
    // Months stay ISO here, so the test can find each one in the sentence.
    const { key, values } = reasonMessage(sample(code, relationship, span === 'one'), (iso) => iso);
    const text = (t as unknown as (key: string, values: Record<string, string | number>) => string)(key, values);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/^Reasons\./);
    expect(text).not.toMatch(/ {2}|\s[,.]/);
    for (const pattern of BROKEN[locale]) expect(text).not.toMatch(pattern);
    if (locale === 'fr') expect(text).not.toMatch(/ [:;?!]/);
    // Every month given to the message shows up, so no frame drops a date.
    // The undisclosed-start reach comes from the engine's constant.
    if (code === 'before-undisclosed-start') expect(text).toContain(String(UNDISCLOSED_START_REACH_MONTHS));
    for (const value of Object.values(values)) if (typeof value === 'string' && /^\d{4}(-\d{2})?$/.test(value)) expect(text).toContain(value);
  });
});
