import { CATALOG, CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { AFTERMATH } from '@/lib/catalog/aftermath';
import { SOURCES } from '@/lib/catalog/sources';
import type { DateFact, Source } from '@/lib/catalog/types';
import {
  type DateFactWords,
  formatDate,
  formatDateFact,
  formatDateRange,
  formatMonth,
  formatMonthSpan,
  formatPeriod,
} from '@/lib/dates';
import { monthIndex } from '@/lib/months';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { createTranslator } from 'next-intl';

// ICU versions differ in the spaces around a range dash (thin, narrow no-break
// or plain): compare the words, not the width of the spaces.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/gu, ' ');

const words = (locale: 'en' | 'fr'): DateFactWords => {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : fr, namespace: 'Catalog' });
  return {
    unknown: t('dates.unknown'),
    approximate: (date, precision) => t('dates.approximate', { date, precision }),
  };
};

describe('one date formatter', () => {
  it.each([
    ['en', '2023-06-01', 'June 1, 2023'],
    ['fr', '2023-06-01', '1er juin 2023'],
    ['fr', '2023-06-11', '11 juin 2023'],
    ['fr', '2023-06-21', '21 juin 2023'],
    ['en', '2021-08', 'August 2021'],
    ['fr', '2021-08', 'août 2021'],
    ['en', '2020', '2020'],
    ['fr', '2020', '2020'],
  ])('%s %s → %s', (locale, iso, expected) => {
    expect(plain(formatDate(locale, iso))).toBe(expected);
  });

  it.each([
    ['en', '2021-08-12', '2021-08-14', 'August 12 – 14, 2021'],
    ['fr', '2021-08-12', '2021-08-14', '12–14 août 2021'],
    ['fr', '2015-10-01', '2015-10-03', '1er–3 octobre 2015'],
    ['fr', '2015-09-30', '2015-10-01', '30 septembre – 1er octobre 2015'],
    ['en', '2023-02-24', '2023-03-30', 'February 24 – March 30, 2023'],
    ['fr', '2023-02-24', '2023-03-30', '24 février – 30 mars 2023'],
    ['en', '2021-08', '2021-10', 'August – October 2021'],
    ['fr', '2021-08', '2021-10', 'août – octobre 2021'],
    ['en', '2020-12', '2021-10', 'December 2020 – October 2021'],
    ['fr', '2020-12', '2021-10', 'décembre 2020 – octobre 2021'],
    ['en', '2021-08', '2021-08', 'August 2021'],
  ])('range %s %s..%s → %s', (locale, from, to, expected) => {
    expect(plain(formatDateRange(locale, from, to))).toBe(expected);
  });

  it('writes a month of the month model and the engine spans', () => {
    expect(formatMonth('en', monthIndex(2019, 3))).toBe('March 2019');
    expect(formatMonth('fr', monthIndex(2019, 3))).toBe('mars 2019');
    expect(formatMonthSpan('fr', { from: '2021-08', to: '2021-08' })).toBe('août 2021');
    expect(plain(formatMonthSpan('en', { from: '2021-07', to: '2021-08' }))).toBe('July – August 2021');
  });

  it('says a single year or month once ("in 2020", never "from 2020 to 2020")', () => {
    expect(formatPeriod('fr', '2020', '2020')).toEqual({ span: 'one', dates: '2020' });
    expect(formatPeriod('en', '2020-05', '2020-05')).toEqual({ span: 'one', dates: 'May 2020' });
    const many = formatPeriod('fr', '2016-01', '2021-12');
    expect(many.span).toBe('many');
    expect(plain(many.dates)).toBe('janvier 2016 – décembre 2021');
    const t = createTranslator({ locale: 'fr', messages: fr, namespace: 'Results.timeline' });
    expect(t('dated', formatPeriod('fr', '2020', '2020'))).toBe('en 2020');
    const te = createTranslator({ locale: 'en', messages: en, namespace: 'Results.timeline' });
    expect(te('dated', formatPeriod('en', '2020', '2020'))).toBe('in 2020');
  });

  it('words approximate and unknown facts with the page messages', () => {
    const approx: DateFact = { kind: 'known', date: '2021-08-12', until: '2021-08-14', approximate: true, sources: [] };
    expect(plain(formatDateFact('fr', approx, words('fr')))).toBe('vers le 12–14 août 2021');
    expect(plain(formatDateFact('en', approx, words('en')))).toBe('about August 12 – 14, 2021');
    const month: DateFact = { kind: 'known', date: '2020-12', approximate: true, sources: [] };
    expect(formatDateFact('fr', month, words('fr'))).toBe('décembre 2020 environ');
    expect(formatDateFact('en', { kind: 'unknown' }, words('en'))).toBe(en.Catalog.dates.unknown);
  });

  it('returns text that is not a date as it is, never a wrong date', () => {
    expect(formatDate('en', '2021-02-30')).toBe('2021-02-30');
    expect(formatDate('fr', 'present')).toBe('present');
  });
});

/** Every date the catalog holds, with what it is. */
function catalogDates(): { where: string; iso: string }[] {
  const out: { where: string; iso: string }[] = [{ where: 'reviewed', iso: CATALOG_REVIEWED_ON }];
  for (const i of CATALOG) {
    for (const name of ['accessBegan', 'discovered', 'disclosed'] as const) {
      const fact = i[name];
      if (fact.kind === 'known') {
        out.push({ where: `${i.id}.${name}`, iso: fact.date });
        if (fact.until) out.push({ where: `${i.id}.${name}.until`, iso: fact.until });
      }
    }
    for (const p of i.populations) {
      for (const c of p.counts) if (c.date) out.push({ where: `${i.id}.${p.id}.count`, iso: c.date });
      for (const m of p.members) {
        const w = m.membership;
        for (const [k, v] of Object.entries(w)) if (k !== 'kind' && typeof v === 'string') out.push({ where: `${i.id}.${p.id}.${k}`, iso: v });
      }
    }
    for (const c of i.totals) if (c.date) out.push({ where: `${i.id}.total`, iso: c.date });
    for (const o of i.offers) if (o.endedOn) out.push({ where: `${i.id}.offer`, iso: o.endedOn });
  }
  for (const a of AFTERMATH) out.push({ where: `aftermath.${a.id}`, iso: a.date });
  for (const s of SOURCES as readonly Source[]) if (s.date) out.push({ where: `source.${s.key}`, iso: s.date });
  return out;
}

describe('every date of the catalog, in both languages', () => {
  const all = catalogDates();

  it('finds the dates (the walk reads the catalog)', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(['en', 'fr'] as const)('%s: each is words at its own precision, never ISO', (locale) => {
    for (const { where, iso } of all) {
      const text = plain(formatDate(locale, iso));
      const year = iso.slice(0, 4);
      expect([where, text]).toEqual([where, expect.stringContaining(year)]);
      // Written out: no ISO left, a month name when the data has a month, a day only when it has one.
      expect([where, /\d{4}-\d{2}/.test(text)]).toEqual([where, false]);
      const hasMonth = iso.length >= 7;
      expect([where, /\p{L}{3,}/u.test(text)]).toEqual([where, hasMonth]);
      const day = iso.length === 10 ? Number(iso.slice(8, 10)) : null;
      const numbers = text.match(/\d+/gu) ?? [];
      expect([where, numbers]).toEqual([where, day === null ? [year] : expect.arrayContaining([String(day), year])]);
      if (locale === 'fr' && day === 1) expect([where, text]).toEqual([where, expect.stringMatching(/^1er /u)]);
      if (locale === 'fr') expect([where, / 1 /u.test(` ${text} `)]).toEqual([where, false]);
    }
  });

  it.each(['en', 'fr'] as const)('%s: every date fact reads as a date, approximate ones marked', (locale) => {
    const w = words(locale);
    for (const i of CATALOG) {
      for (const name of ['accessBegan', 'discovered', 'disclosed'] as const) {
        const fact = i[name];
        const text = plain(formatDateFact(locale, fact, w));
        if (fact.kind === 'unknown') {
          expect(text).toBe(w.unknown);
          continue;
        }
        expect([i.id, name, text]).toEqual([i.id, name, expect.stringContaining(fact.date.slice(0, 4))]);
        if (fact.approximate) expect([i.id, text]).toEqual([i.id, expect.stringMatching(locale === 'en' ? /^about / : /^vers le |environ$/u)]);
        // A range is written once: the year of a one-year range appears once.
        if (fact.until && fact.until.slice(0, 4) === fact.date.slice(0, 4))
          expect([i.id, text.split(fact.date.slice(0, 4)).length - 1]).toEqual([i.id, 1]);
      }
    }
  });
});
