import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { clearDraft, DRAFT_STORAGE_KEY, readDraft, writeDraft, type DraftStorage } from '@/lib/answers/draft-storage';
import { emptyRelationship, type CheckFormValues } from '@/lib/answers/form';

function memoryStorage(initial?: string): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(DRAFT_STORAGE_KEY, initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: DraftStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const values: CheckFormValues = {
  types: ['postpaid', 'applicant'],
  relationships: [
    { ...emptyRelationship('postpaid'), from: { month: '3', year: '2016', noMonth: false, unknown: false } },
    emptyRelationship('applicant'),
  ],
};

test('writes under the documented key, versioned, and reads back the same values', () => {
  const storage = memoryStorage();
  expect(writeDraft(storage, values)).toBe(true);
  expect(JSON.parse(storage.data.get('exposure-check:draft')!)).toMatchObject({ v: 1 });
  expect(readDraft(storage)).toEqual({ ok: true, draft: { values } });
  clearDraft(storage);
  expect(readDraft(storage)).toEqual({ ok: false, reason: 'empty' });
});

test('drops unknown keys and clips long text on write so the draft always reads back', () => {
  const storage = memoryStorage();
  const odd = { ...values, extra: 1, relationships: [{ ...values.relationships[0]!, id: 'x', from: { ...values.relationships[0]!.from, year: '9'.repeat(100) } }] };
  writeDraft(storage, odd as unknown as CheckFormValues);
  const read = readDraft(storage);
  expect(read.ok).toBe(true);
  if (read.ok) expect(read.draft.values.relationships[0]!.from.year).toHaveLength(20);
});

test.each([
  ['not json', 'corrupt'],
  ['null', 'corrupt'],
  ['[]', 'corrupt'],
  ['{"v":1}', 'corrupt'],
  ['{"v":1,"values":{"types":["pets"],"relationships":[]}}', 'corrupt'],
  ['{"v":1,"values":{"types":[],"relationships":[]},"more":true}', 'corrupt'],
  ['{"v":0,"values":{}}', 'outdated'],
  ['{"v":2,"values":{"types":[],"relationships":[]}}', 'outdated'],
])('%s → %s', (raw, reason) => {
  expect(readDraft(memoryStorage(raw))).toEqual({ ok: false, reason });
});

test('missing or throwing storage: empty, false, no throw', () => {
  expect(readDraft(null)).toEqual({ ok: false, reason: 'empty' });
  expect(readDraft(undefined)).toEqual({ ok: false, reason: 'empty' });
  expect(readDraft(throwing)).toEqual({ ok: false, reason: 'empty' });
  expect(writeDraft(null, values)).toBe(false);
  expect(writeDraft(throwing, values)).toBe(false);
  expect(() => clearDraft(throwing)).not.toThrow();
});

test('never throws on any stored string or JSON value', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ v: 1, values: v }))), (raw) => {
      const r = readDraft(memoryStorage(raw));
      expect(typeof r.ok).toBe('boolean');
    }),
    { numRuns: FUZZ_RUNS },
  );
});
