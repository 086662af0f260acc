import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { decodeAnswersFragment, encodeAnswersFragment, resultsHref } from '@/lib/answers/fragment';
import { parseAnswers } from '@/lib/answers/schema';
import { RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';
import type { Answers } from '@/lib/answers/types';

const example: Answers = {
  relationships: [
    { type: 'postpaid', from: '2016-01', to: '2021-12' },
    { type: 'applicant', from: '2014-05' },
    { type: 'prepaid', from: '2019', to: 'present' },
    { type: 'metro', from: 'unknown', to: 'unknown' },
  ],
};
const EXAMPLE = 'v1;postpaid.2016-01.2021-12;applicant.2014-05.;prepaid.2019.present;metro.unknown.unknown';

describe('encodeAnswersFragment', () => {
  test('is exactly the documented compact, versioned form', () => {
    expect(encodeAnswersFragment(example)).toBe(EXAMPLE);
  });
  test('resultsHref puts the answers after # only', () => {
    const href = resultsHref('fr', example);
    expect(href).toBe(`/fr/results/#${EXAMPLE}`);
    expect(href.split('#')[0]).not.toContain('?');
  });
});

describe('decodeAnswersFragment', () => {
  test('reads the documented example, with or without #', () => {
    expect(decodeAnswersFragment(EXAMPLE)).toEqual({ ok: true, value: example });
    expect(decodeAnswersFragment(`#${EXAMPLE}`)).toEqual({ ok: true, value: example });
  });
  test('reads a percent-encoded fragment and tolerates a trailing ;', () => {
    expect(decodeAnswersFragment(`#${encodeURIComponent(EXAMPLE)};`)).toEqual({ ok: true, value: example });
    expect(decodeAnswersFragment('#v1;applicant.2014-05')).toEqual({
      ok: true,
      value: { relationships: [{ type: 'applicant', from: '2014-05' }] },
    });
  });
  test.each([
    ['', 'fragment-missing'],
    ['#', 'fragment-missing'],
    ['#   ', 'fragment-missing'],
    ['#v2;postpaid.2016-01.2021-12', 'fragment-version'],
    ['#V9', 'fragment-version'],
    ['#postpaid.2016-01.2021-12', 'fragment-malformed'],
    ['#v1;postpaid', 'fragment-malformed'],
    ['#v1;postpaid.2016.2017.2018', 'fragment-malformed'],
    ['#v1;%E0%A4%A', 'fragment-malformed'],
    [`#v1;${'postpaid.2016.2017;'.repeat(200)}`, 'fragment-malformed'],
  ])('%j → %s', (hash, code) => {
    expect(decodeAnswersFragment(hash)).toEqual({ ok: false, errors: [{ path: [], code }] });
  });
  test("passes on the engine's errors with their paths", () => {
    expect(decodeAnswersFragment('#v1')).toEqual(parseAnswers({ relationships: [] }));
    const result = decodeAnswersFragment('#v1;postpaid.2016-13.2021-12;pets.2014-05.');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual({ path: ['relationships', 0, 'from'], code: 'month-out-of-range' });
      expect(result.errors).toContainEqual({ path: ['relationships', 1, 'type'], code: 'type-unknown' });
    }
  });
  test('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeAnswersFragment(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: FUZZ_RUNS },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom('v1', ';', '.', '#', '%', '%2', 'postpaid', '2019', '-', '13', 'present', 'unknown', '')), (parts) => {
        const r = decodeAnswersFragment(parts.join(''));
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(decodeAnswersFragment(undefined as unknown as string).ok).toBe(false);
  });
  test('round-trips any valid answers', () => {
    const year = fc.integer({ min: 1994, max: 2024 });
    const date = fc.oneof(
      year.map(String),
      fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.constant('unknown'),
    );
    const relationship = fc
      .record({ type: fc.constantFrom(...RELATIONSHIP_TYPES), from: date, to: fc.option(fc.oneof(date, fc.constant('present')), { nil: undefined }) })
      .map((r) => (r.to === undefined ? { type: r.type, from: r.from } : r));
    fc.assert(
      fc.property(fc.array(relationship, { minLength: 1, maxLength: 20 }), (relationships) => {
        const answers = { relationships } as Answers;
        const parsed = parseAnswers(answers, '2025-01-01');
        fc.pre(parsed.ok);
        const decoded = decodeAnswersFragment(encodeAnswersFragment(answers));
        expect(decoded).toEqual({ ok: true, value: answers });
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('links made before the Sprint split and the carriers on T-Mobile’s network keep working', () => {
  test.each([
    'v1;postpaid.2016-01.2021-12;applicant.2014-05.',
    'v1;sprint.2012.2019',
    'v1;sprint.2018-01.present;metro.unknown.unknown',
  ])('%s decodes to the same answers as before', (link) => {
    const decoded = decodeAnswersFragment(link);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) expect(encodeAnswersFragment(decoded.value)).toBe(link);
  });
  test('the old `sprint` code still means Sprint or Boost with nothing said about a move', () => {
    const decoded = decodeAnswersFragment('#v1;sprint.2012.2019');
    expect(decoded).toEqual({ ok: true, value: { relationships: [{ type: 'sprint', from: '2012', to: '2019' }] } });
  });
  test('the new codes round-trip', () => {
    const link = 'v1;sprint_premerger.2015.2019-06;sprint_moved.2017-03.present;mvno.2021.present';
    const decoded = decodeAnswersFragment(link);
    expect(decoded.ok && encodeAnswersFragment(decoded.value)).toBe(link);
  });
});
