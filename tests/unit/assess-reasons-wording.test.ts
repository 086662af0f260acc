// Usability finding: relationship phrases were pasted into frames that did not
// fit them ("anyone who was someone who applied…", « des personnes qui
// faisaient partie des personnes ayant demandé… »). Render every reason code
// with every relationship type, through the real messages and ICU formatter.
import { createTranslator } from 'use-intl';
import { REASON_ARGUMENTS, REASON_CODES } from '@/lib/assessment/reasons';
import { RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const MONTHS = { from: '2019-03', to: '2020-06', began: '2019-03', ended: '2020-06', applied: '2019-03', by: '2021-08', since: '2020-04', windowFrom: '2021-01', windowTo: '2021-08' };

const BROKEN = {
  en: [/who was someone/i, /were someone/i, /a a /i, /anyone who was people/i, /\bbeen someone\b/i, /\bbecome someone\b/i, /\bbeing someone\b/i, /no longer someone/i, /still someone/i],
  fr: [/personnes qui faisaient partie des personnes/i, /(faisiez|fait) (peut-être |déjà |encore |plus )*partie des personnes/i, /rejoint les personnes/i, /d’anciens clients/i],
};

describe.each([
  ['en', en],
  ['fr', fr],
] as const)('Reasons wording (%s)', (locale, messages) => {
  const t = createTranslator({ locale, messages, namespace: 'Reasons' });
  const cases = REASON_CODES.flatMap((code) =>
    RELATIONSHIP_TYPES.flatMap((relationship) => (['one', 'many'] as const).map((span) => [code, relationship, span] as const)),
  );
  it.each(cases)('%s × %s (%s period)', (code, relationship, span) => {
    const values: Record<string, string> = { relationship, span, windowSpan: span };
    for (const arg of REASON_ARGUMENTS[code]) if (arg in MONTHS) values[arg] = MONTHS[arg as keyof typeof MONTHS];
    const text = (t as unknown as (key: string, values: Record<string, string>) => string)(code, values);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/^Reasons\./);
    expect(text).not.toMatch(/ {2}|\s[,.]/);
    for (const pattern of BROKEN[locale]) expect(text).not.toMatch(pattern);
    if (locale === 'fr') expect(text).not.toMatch(/ [:;?!]/);
    // Every month given to the message shows up, so no frame drops a date.
    for (const arg of REASON_ARGUMENTS[code]) {
      if (!(arg in MONTHS) || (span === 'one' && (arg === 'to' || arg === 'windowTo'))) continue;
      expect(text).toContain(MONTHS[arg as keyof typeof MONTHS]);
    }
  });
});
