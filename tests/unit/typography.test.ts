import { parse } from '@formatjs/icu-messageformat-parser';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { NBHY, NBSP, NNBSP, fixMessages, fixTypography, listProblems, type Locale } from '@/lib/typography';

type Tree = { [key: string]: string | Tree };
const MESSAGES: Record<Locale, Tree> = { en, fr };


describe('typography rules', () => {
  it.each([
    ['en', 'Were you caught in a T-Mobile data breach?', `Were you caught in a T${NBHY}Mobile data breach?`],
    ['fr', 'Metro by T-Mobile', `Metro by T${NBHY}Mobile`],
    ['fr', 'appelez le 1-800-T-MOBILE', `appelez le 1${NBHY}800${NBHY}T${NBHY}MOBILE`],
    ['fr', 'Vos données ont-elles fuité ?', `Vos données ont-elles fuité${NNBSP}?`],
    ['fr', 'Toujours un doute? Cochez', `Toujours un doute${NNBSP}? Cochez`],
    ['fr', 'date de début : Saisissez le mois', `date de début${NNBSP}: saisissez le mois`],
    ['fr', 'il y en a trois : Equifax, Experian', `il y en a trois${NNBSP}: Equifax, Experian`],
    ['fr', 'votre numéro : SSN et NIP', `votre numéro${NNBSP}: SSN et NIP`],
    ['fr', 'cochez « Je ne sais pas »', `cochez «${NNBSP}Je ne sais pas${NNBSP}»`],
    ['fr', 'environ 25 000 clients', `environ 25${NNBSP}000 clients`],
    ['fr', 'moins de 1,5 % des clients', `moins de 1,5${NNBSP}% des clients`],
    ['fr', 'le 16 août 2021', `le 16${NBSP}août${NBSP}2021`],
    ['fr', 'le 1er septembre 2013', `le 1er${NBSP}septembre${NBSP}2013`],
    ['fr', 'environ 7,8 millions de comptes', `environ 7,8${NBSP}millions de comptes`],
    ['en', 'on August 16, 2021, about 7.8 million', `on August${NBSP}16,${NBSP}2021, about 7.8${NBSP}million`],
    ['en', 'in Aug 2021', `in Aug${NBSP}2021`],
  ] as const)('%s: %s', (locale, input, expected) => {
    expect(fixTypography(locale, input)).toBe(expected);
    expect(fixTypography(locale, expected)).toBe(expected);
  });

  it('leaves web addresses alone but spaces the punctuation after them', () => {
    expect(fixTypography('fr', 'Voir https://www.t-mobile.com/privacy?x=1 ou IdentityTheft.gov !')).toBe(
      `Voir https://www.t-mobile.com/privacy?x=1 ou IdentityTheft.gov${NNBSP}!`,
    );
  });

  it('leaves times, a month and year written as digits, and ICU syntax alone', () => {
    expect(fixTypography('fr', 'Il est 10:30')).toBe('Il est 10:30');
    expect(fixTypography('fr', 'Par exemple, 3 2019')).toBe('Par exemple, 3 2019');
    const icu = fixTypography('fr', '{type, select, applicant {Quand ?} other {{date} : début}}');
    expect(icu).toBe(`{type, select, applicant {Quand${NNBSP}?} other {{date}${NNBSP}: début}}`);
    expect(() => parse(icu)).not.toThrow();
  });

  it('is idempotent on the whole of both message files', () => {
    for (const locale of ['en', 'fr'] as const) {
      const once = fixMessages(locale, MESSAGES[locale]);
      expect(fixMessages(locale, once)).toEqual(once);
    }
  });

  it('keeps every fixed message a valid ICU message', () => {
    for (const locale of ['en', 'fr'] as const) {
      const walk = (node: Tree | string) => {
        if (typeof node === 'string') expect(() => parse(node)).not.toThrow();
        else Object.values(node).forEach(walk);
      };
      walk(fixMessages(locale, MESSAGES[locale]));
    }
  });
});

describe('every message follows the typography rules', () => {
  const namespaces = Object.keys(en);

  it.each(namespaces)('%s', (ns) => {
    for (const locale of ['en', 'fr'] as const) {
      const tree = MESSAGES[locale][ns];
      if (tree === undefined) throw new Error(`${locale}.json has no ${ns}`);
      // The message list says which rule, so the fix is `npx tsx scripts/typography.ts ${ns}`.
      expect(listProblems(locale, { [ns]: tree })).toEqual([]);
    }
  });
});
