import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { decodeAnswersFragment, encodeAnswersFragment } from '@/lib/answers/fragment';
import { readDraft } from '@/lib/answers/draft-storage';
import { parseAnswers, ANSWER_ERROR_CODES } from '@/lib/answers/schema';
import { FRAGMENT_ERROR_CODES } from '@/lib/answers/types';
import { parseProgress } from '@/lib/results/progress';
import { assessInput } from '@/lib/assessment/assess';
import { ACTION_IDS, RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';

// Everything that reads from outside (the URL fragment, browser storage,
// pasted JSON) is fuzzed here (FUZZ_RUNS cases per property, 10,000 in CI):
// it must never throw and must answer either a valid value or a typed error.
const RUNS = { numRuns: FUZZ_RUNS };
const AS_OF = '2026-11-22';
const KNOWN_CODES = new Set<string>([...ANSWER_ERROR_CODES, ...FRAGMENT_ERROR_CODES]);

const dateLike = fc.oneof(
  fc.constantFrom('unknown', 'present', '', '2021', '2021-08', '1993-12', '2099-01', '2020-00', '2020-13', '20-1'),
  fc
    .tuple(fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 0, max: 14 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.integer({ min: 1980, max: 2030 }).map(String),
  fc.string({ maxLength: 8 }),
);
const relationshipLike = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...RELATIONSHIP_TYPES), fc.string({ maxLength: 10 })),
    from: dateLike,
    to: dateLike,
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
/** Mostly near-valid answers, so the fuzzing reaches deep into the rules. */
const answersLike = fc.oneof(
  fc.record({ relationships: fc.array(relationshipLike, { maxLength: 24 }) }),
  fc.record({ relationships: fc.anything() }),
  fc.jsonValue(),
  fc.anything(),
);
/** Strings built from the fragment's own alphabet, plus arbitrary ones. */
const fragmentLike = fc.oneof(
  fc.string(),
  fc.stringMatching(/^#?v[0-9]?;([a-z]{0,9}\.[0-9a-z-]{0,8}\.[0-9a-z-]{0,8};?){0,4}$/),
  fc
    .array(fc.tuple(fc.constantFrom(...RELATIONSHIP_TYPES, 'pets'), dateLike, dateLike), { maxLength: 22 })
    .map((rs) => `#v1;${rs.map((r) => r.join('.')).join(';')}`),
);

function typedErrors(errors: { path: unknown[]; code: string }[]) {
  return errors.length > 0 && errors.every((e) => KNOWN_CODES.has(e.code) && Array.isArray(e.path));
}

describe(`never throws, always answers a value or typed errors (${FUZZ_RUNS} cases each)`, () => {
  test('answers schema on any value', () => {
    fc.assert(
      fc.property(answersLike, (input) => {
        const r = parseAnswers(input, AS_OF);
        return r.ok ? r.value.relationships.length > 0 : typedErrors(r.errors);
      }),
      RUNS,
    );
  });

  test('the assessment on any value', () => {
    fc.assert(
      fc.property(answersLike, (input) => {
        const r = assessInput(input, { asOf: AS_OF });
        return r.ok ? r.assessment.incidents.length === 8 : typedErrors(r.errors);
      }),
      RUNS,
    );
  });

  test('fragment decoder on any string; valid answers round-trip', () => {
    fc.assert(
      fc.property(fragmentLike, (hash) => {
        const r = decodeAnswersFragment(hash);
        if (!r.ok) return typedErrors(r.errors);
        const again = decodeAnswersFragment(encodeAnswersFragment(r.value));
        return again.ok && JSON.stringify(again.value) === JSON.stringify(r.value);
      }),
      RUNS,
    );
  });

  const storageWith = (raw: string | null) => ({
    getItem: () => raw,
    setItem: () => undefined,
    removeItem: () => undefined,
  });
  const storedLike = fc.oneof(
    fc.string(),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify({ v: 1, values: v })),
    fc.jsonValue().map((v) => JSON.stringify({ v: 1, done: v })),
    fc.constant(null),
  );

  test('draft storage reader on anything stored', () => {
    fc.assert(
      fc.property(storedLike, (raw) => {
        const r = readDraft(storageWith(raw));
        return r.ok ? typeof r.draft.values === 'object' : ['empty', 'corrupt', 'outdated'].includes(r.reason);
      }),
      RUNS,
    );
  });

  test('draft storage reader when storage itself throws', () => {
    const hostile = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(() => readDraft(hostile)).not.toThrow();
    expect(readDraft(hostile).ok).toBe(false);
  });

  test('progress reader on anything stored; only known action ids come back', () => {
    fc.assert(
      fc.property(storedLike, (raw) => {
        const r = parseProgress(raw, '0123abcd');
        if (!('done' in r)) return true;
        return [...r.done].every((id) => (ACTION_IDS as readonly string[]).includes(id));
      }),
      RUNS,
    );
  });
});
