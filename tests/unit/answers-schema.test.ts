import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { ANSWER_ERROR_CODES, createAnswersSchema, parseAnswers } from '@/lib/answers/schema';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const AS_OF = '2024-06-15';
const one = (relationship: Record<string, unknown>) => ({ relationships: [relationship] });

describe('parseAnswers: valid answers', () => {
  it.each([
    [
      'month and year, year only, present, unknown and no end in one set',
      {
        relationships: [
          { type: 'postpaid', from: '2016-01', to: '2021-12' },
          { type: 'applicant', from: '2014-05' },
          { type: 'prepaid', from: '2019', to: 'present' },
          { type: 'metro', from: 'unknown', to: 'unknown' },
        ],
      },
    ],
    [
      'every type',
      {
        relationships: ['postpaid', 'prepaid', 'metro', 'sprint', 'applicant', 'employee'].map((type) => ({
          type,
          from: '2010',
        })),
      },
    ],
    ['first allowed month', one({ type: 'postpaid', from: '1994-01', to: '1994-01' })],
    ['the current month', one({ type: 'postpaid', from: '2024-06', to: '2024-06' })],
    ['the current year, year only', one({ type: 'postpaid', from: '2024', to: 'present' })],
    ['a month inside a year-only start', one({ type: 'postpaid', from: '2019', to: '2019-03' })],
    [
      'same type twice',
      {
        relationships: [
          { type: 'postpaid', from: '2010', to: '2012' },
          { type: 'postpaid', from: '2015', to: 'present' },
        ],
      },
    ],
    [
      'twenty relationships',
      { relationships: Array.from({ length: 20 }, () => ({ type: 'prepaid', from: 'unknown' })) },
    ],
  ])('%s', (_name, input) => {
    const result = parseAnswers(input, AS_OF);
    expect(result).toEqual({ ok: true, value: input });
  });
});

describe('parseAnswers: each error has its code and path', () => {
  it.each<[string, unknown, (string | number)[], string]>([
    ['not an object', 'hello', [], 'answers-invalid'],
    ['null', null, [], 'answers-invalid'],
    ['an array', [], [], 'answers-invalid'],
    ['no relationships key', {}, ['relationships'], 'relationships-missing'],
    ['relationships not a list', { relationships: {} }, ['relationships'], 'relationships-invalid'],
    ['no relationship', { relationships: [] }, ['relationships'], 'relationships-empty'],
    [
      '21 relationships',
      { relationships: Array.from({ length: 21 }, () => ({ type: 'prepaid', from: 'unknown' })) },
      ['relationships'],
      'relationships-too-many',
    ],
    [
      'a million relationships',
      { relationships: Array.from({ length: 1_000_000 }, () => 0) },
      ['relationships'],
      'relationships-too-many',
    ],
    ['a relationship that is not an object', { relationships: [7] }, ['relationships', 0], 'relationship-invalid'],
    ['unknown type', one({ type: 'verizon', from: '2019' }), ['relationships', 0, 'type'], 'type-unknown'],
    ['type missing', one({ from: '2019' }), ['relationships', 0, 'type'], 'type-missing'],
    ['from missing', one({ type: 'postpaid' }), ['relationships', 0, 'from'], 'date-missing'],
    ['from a number', one({ type: 'postpaid', from: 2019 }), ['relationships', 0, 'from'], 'date-malformed'],
    ['from in words', one({ type: 'postpaid', from: 'March 2019' }), ['relationships', 0, 'from'], 'date-malformed'],
    ['from with a day', one({ type: 'postpaid', from: '2019-03-01' }), ['relationships', 0, 'from'], 'date-malformed'],
    [
      'from with one-digit month',
      one({ type: 'postpaid', from: '2019-3' }),
      ['relationships', 0, 'from'],
      'date-malformed',
    ],
    ['month 00', one({ type: 'postpaid', from: '2019-00' }), ['relationships', 0, 'from'], 'month-out-of-range'],
    ['month 13', one({ type: 'postpaid', from: '2019-13' }), ['relationships', 0, 'from'], 'month-out-of-range'],
    [
      'to month 13',
      one({ type: 'postpaid', from: '2019', to: '2020-13' }),
      ['relationships', 0, 'to'],
      'month-out-of-range',
    ],
    ['before 1994 (month)', one({ type: 'postpaid', from: '1993-12' }), ['relationships', 0, 'from'], 'date-too-early'],
    ['before 1994 (year)', one({ type: 'postpaid', from: '1993' }), ['relationships', 0, 'from'], 'date-too-early'],
    ['next month', one({ type: 'postpaid', from: '2024-07' }), ['relationships', 0, 'from'], 'date-in-future'],
    ['next year', one({ type: 'postpaid', from: '2025' }), ['relationships', 0, 'from'], 'date-in-future'],
    [
      'to in the future',
      one({ type: 'postpaid', from: '2020', to: '2024-07' }),
      ['relationships', 0, 'to'],
      'date-in-future',
    ],
    ['present as a start', one({ type: 'postpaid', from: 'present' }), ['relationships', 0, 'from'], 'from-present'],
    [
      'to before from (months)',
      one({ type: 'postpaid', from: '2020-05', to: '2020-04' }),
      ['relationships', 0, 'to'],
      'to-before-from',
    ],
    [
      'to before from (years)',
      one({ type: 'postpaid', from: '2020', to: '2019' }),
      ['relationships', 0, 'to'],
      'to-before-from',
    ],
    [
      'to year before from month',
      one({ type: 'postpaid', from: '2020-01', to: '2019' }),
      ['relationships', 0, 'to'],
      'to-before-from',
    ],
    [
      'unknown key in a relationship',
      one({ type: 'postpaid', from: '2020', note: 'x' }),
      ['relationships', 0, 'note'],
      'unknown-key',
    ],
    [
      'unknown key at the top',
      { relationships: [{ type: 'postpaid', from: '2020' }], name: 'Jo' },
      ['name'],
      'unknown-key',
    ],
  ])('%s', (_name, input, path, code) => {
    const result = parseAnswers(input, AS_OF);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ path, code });
  });

  it('reports every problem of several relationships, each at its path', () => {
    const result = parseAnswers(
      {
        relationships: [
          { type: 'postpaid', from: '2019' },
          { type: 'nope', from: '2019-13' },
          { type: 'metro', from: '2020', to: '2010' },
        ],
      },
      AS_OF,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: ['relationships', 1, 'type'], code: 'type-unknown' },
        { path: ['relationships', 1, 'from'], code: 'month-out-of-range' },
        { path: ['relationships', 2, 'to'], code: 'to-before-from' },
      ],
    });
  });

  it('rejects a malformed as-of date with a code, not an exception', () => {
    expect(parseAnswers(one({ type: 'postpaid', from: '2019' }), '2024-02-30')).toEqual({
      ok: false,
      errors: [{ path: ['asOf'], code: 'as-of-invalid' }],
    });
  });

  it('accepts a Date as the as-of date', () => {
    expect(parseAnswers(one({ type: 'postpaid', from: '2024-06' }), new Date(2024, 5, 1)).ok).toBe(true);
    expect(parseAnswers(one({ type: 'postpaid', from: '2024-07' }), new Date(2024, 5, 30)).ok).toBe(false);
  });

  it('survives hostile input (throwing getters)', () => {
    const hostile = {
      get relationships(): unknown {
        throw new Error('boom');
      },
    };
    expect(parseAnswers(hostile, AS_OF)).toEqual({ ok: false, errors: [{ path: [], code: 'answers-invalid' }] });
  });
});

describe('properties', () => {
  it('never throws on any JSON value, and errors always carry a known code', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseAnswers(value, AS_OF);
        if (!result.ok) for (const e of result.errors) expect(ANSWER_ERROR_CODES).toContain(e.code);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on near-valid answers, and every code is known', () => {
    const date = fc.oneof(
      fc.constantFrom('unknown', 'present', '1993', '1994', '2024', '2025', '2019-00', '2019-13', ''),
      fc.integer({ min: 1990, max: 2026 }).map(String),
      fc
        .tuple(fc.integer({ min: 1990, max: 2026 }), fc.integer({ min: 0, max: 13 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
      fc.string(),
    );
    const relationship = fc.record(
      {
        type: fc.constantFrom('postpaid', 'prepaid', 'metro', 'sprint', 'applicant', 'employee', 'other'),
        from: date,
        to: date,
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(fc.array(relationship, { maxLength: 25 }), (relationships) => {
        const result = parseAnswers({ relationships }, AS_OF);
        if (!result.ok) for (const e of result.errors) expect(ANSWER_ERROR_CODES).toContain(e.code);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('zod schema for the form', () => {
  it('reports codes as messages (keys under Errors)', () => {
    const result = createAnswersSchema(AS_OF).safeParse(one({ type: 'postpaid', from: '2019-13' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['relationships', 0, 'from'], 'month-out-of-range'],
    ]);
  });
});

describe('Errors messages', () => {
  it.each(ANSWER_ERROR_CODES)('%s has a message in both languages', (code) => {
    const enErrors = (en as unknown as { Errors: Record<string, string> }).Errors;
    const frErrors = (fr as unknown as { Errors: Record<string, string> }).Errors;
    expect(typeof enErrors[code]).toBe('string');
    expect(typeof frErrors[code]).toBe('string');
  });
});
