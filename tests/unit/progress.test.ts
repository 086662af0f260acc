import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import {
  clearSiteKeys,
  MAX_PROGRESS_SETS,
  progressIdOf,
  shortHash,
  parseProgress,
  PROGRESS_KEY,
  readProgress,
  serializeProgress,
  writeProgress,
} from '@/lib/results/progress';
import { ACTION_IDS } from '@/lib/catalog/vocabulary';

class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  keys() {
    return [...this.map.keys()];
  }
}

const A = progressIdOf({ relationships: [{ type: 'postpaid', from: '2015-01', to: 'present' }] } as never);
const B = progressIdOf({ relationships: [{ type: 'prepaid', from: '2022-01', to: 'present' }] } as never);

describe('progress storage', () => {
  it('keys ticks by a short stable hash of the canonical answers', () => {
    expect(A).toMatch(/^[0-9a-f]{8}$/);
    expect(A).toBe(shortHash('v1;postpaid.2015-01.present'));
    expect(A).not.toBe(B);
    // FNV-1a test vectors: the hash must never change between versions, or ticks would be lost.
    expect(shortHash('')).toBe('811c9dc5');
    expect(shortHash('a')).toBe('e40c292c');
  });

  it('round-trips a set of action ids per answers, sorted and deduplicated', () => {
    const s = new MemoryStorage();
    expect(writeProgress(s, A, ['sim-protection', 'credit-freeze', 'sim-protection'])).toBe(true);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!)).toEqual({ v: 2, sets: { [A]: ['credit-freeze', 'sim-protection'] }, order: [A] });
    const read = readProgress(s, A);
    expect(read.status).toBe('ok');
    expect([...read.done].sort()).toEqual(['credit-freeze', 'sim-protection']);
  });

  it('keeps each set of answers apart: other answers on the same device start empty', () => {
    const s = new MemoryStorage();
    writeProgress(s, A, ['credit-freeze']);
    expect(readProgress(s, B)).toEqual({ status: 'ok', done: new Set() });
    writeProgress(s, B, ['sim-protection']);
    expect([...readProgress(s, A).done]).toEqual(['credit-freeze']);
    expect([...readProgress(s, B).done]).toEqual(['sim-protection']);
    // Unticking everything drops the set.
    writeProgress(s, A, []);
    expect(Object.keys(JSON.parse(s.getItem(PROGRESS_KEY)!).sets)).toEqual([B]);
  });

  it(`keeps at most ${MAX_PROGRESS_SETS} sets, dropping the least recently written`, () => {
    const s = new MemoryStorage();
    const ids = Array.from({ length: MAX_PROGRESS_SETS + 3 }, (_, i) => shortHash(`v1;postpaid.${2000 + i}.present`));
    for (const id of ids) writeProgress(s, id, ['credit-freeze']);
    writeProgress(s, ids[3]!, ['credit-freeze', 'sim-protection']);
    const sets = Object.keys(JSON.parse(s.getItem(PROGRESS_KEY)!).sets);
    expect(sets).toHaveLength(MAX_PROGRESS_SETS);
    expect(sets.at(-1)).toBe(ids[3]);
    expect(sets).not.toContain(ids[0]);
  });

  it('is empty when nothing is stored', () => {
    expect(readProgress(new MemoryStorage(), A)).toEqual({ status: 'empty', done: new Set() });
  });

  it('sets the old version-1 list aside (it cannot be matched to answers) and replaces it on the next write', () => {
    const s = new MemoryStorage();
    s.setItem(PROGRESS_KEY, '{"v":1,"done":["credit-freeze"]}');
    expect(readProgress(s, A)).toEqual({ status: 'legacy', done: new Set() });
    writeProgress(s, A, ['sim-protection']);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!)).toEqual({ v: 2, sets: { [A]: ['sim-protection'] }, order: [A] });
  });

  it.each([
    ['not json', '{oops'],
    ['unknown version', '{"v":3,"sets":{}}'],
    ['no version', '{"sets":{}}'],
    ['sets not an object', '{"v":2,"sets":["credit-freeze"]}'],
    ['a list not an array', '{"v":2,"sets":{"0123abcd":"credit-freeze"}}'],
    ['numbers inside', '{"v":2,"sets":{"0123abcd":[1,2]}}'],
    ['a key that is not a hash', '{"v":2,"sets":{"__proto__x":["credit-freeze"]}}'],
    ['v1 with garbage', '{"v":1,"done":"credit-freeze"}'],
    ['null', 'null'],
    ['an array', '[]'],
  ])('ignores garbage (%s) without throwing', (_name, raw) => {
    const read = parseProgress(raw, A);
    expect(read.status).toBe('ignored');
    expect(read.done.size).toBe(0);
  });

  it('keeps known ids and drops unknown ones (a retired action does not lose the rest)', () => {
    const read = parseProgress(`{"v":2,"sets":{"${A}":["credit-freeze","retired-action"]}}`, A);
    expect(read.status).toBe('ok');
    expect([...read.done]).toEqual(['credit-freeze']);
  });

  it('treats a storage that throws as unavailable', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
      removeItem: () => undefined,
    };
    expect(readProgress(throwing, A).status).toBe('unavailable');
    expect(writeProgress(throwing, A, ['credit-freeze'])).toBe(false);
    expect(readProgress(null, A).status).toBe('unavailable');
  });

  it('never throws on any string in storage, and only ever returns known ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), fc.constantFrom(A, B, 'toString', '__proto__'), (raw, id) => {
        const read = parseProgress(raw, id);
        for (const action of read.done) expect(ACTION_IDS).toContain(action);
        expect(() => serializeProgress(raw, id, ['credit-freeze'])).not.toThrow();
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('reads back what it writes, for any subset of actions, leaving other answers alone', () => {
    fc.assert(
      fc.property(fc.subarray([...ACTION_IDS]), fc.subarray([...ACTION_IDS]), (a, b) => {
        const raw = serializeProgress(serializeProgress(null, B, b), A, a);
        const read = parseProgress(raw, A);
        expect(read.status).toBe('ok');
        expect([...read.done].sort()).toEqual([...a].sort());
        expect([...parseProgress(raw, B).done].sort()).toEqual([...b].sort());
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('clears every exposure-check key and nothing else', () => {
    const s = new MemoryStorage();
    s.setItem(PROGRESS_KEY, '{}');
    s.setItem('exposure-check:draft', 'x');
    s.setItem('exposure-check:locale', 'fr');
    s.setItem('other-site', 'keep');
    expect(clearSiteKeys(s)).toBe(3);
    expect(s.keys()).toEqual(['other-site']);
    expect(clearSiteKeys(null)).toBe(0);
  });
});

describe('eviction order', () => {
  it('evicts the least recently written sets first, whatever their ids look like', () => {
    const { serializeProgress: write, parseProgressStore: store, MAX_PROGRESS_SETS: max } = jest.requireActual('@/lib/results/progress');
    // Ids that look like numbers would sort first in a plain JSON object.
    const ids = Array.from({ length: max }, (_, i) => (i % 2 ? `${String(10000000 + i)}` : `abcdef${String(i).padStart(2, '0')}`));
    let raw: string | null = null;
    for (const id of ids) raw = write(raw, id, ['credit-freeze']);
    // Writing the oldest again makes it the newest.
    raw = write(raw, ids[0]!, ['credit-freeze']);
    raw = write(raw, 'ffffffff', ['credit-freeze']);
    const kept = store(raw).order;
    expect(kept).toHaveLength(max);
    expect(kept).not.toContain(ids[1]);
    expect(kept).toContain(ids[0]);
    expect(kept.at(-1)).toBe('ffffffff');
    expect(kept.at(-2)).toBe(ids[0]);
  });
  it('reads a store written before the order was kept', () => {
    const { parseProgressStore: store } = jest.requireActual('@/lib/results/progress');
    expect(store('{"v":2,"sets":{"abcdef01":["credit-freeze"]}}')).toMatchObject({ status: 'ok', order: ['abcdef01'] });
  });
});
