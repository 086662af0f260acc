import fc from 'fast-check';
import {
  clearSiteKeys,
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

describe('progress storage', () => {
  it('round-trips a set of action ids, sorted and deduplicated', () => {
    const s = new MemoryStorage();
    expect(writeProgress(s, ['sim-protection', 'credit-freeze', 'sim-protection'])).toBe(true);
    expect(s.getItem(PROGRESS_KEY)).toBe('{"v":1,"done":["credit-freeze","sim-protection"]}');
    const read = readProgress(s);
    expect(read.status).toBe('ok');
    expect([...read.done].sort()).toEqual(['credit-freeze', 'sim-protection']);
  });

  it('is empty when nothing is stored', () => {
    expect(readProgress(new MemoryStorage())).toEqual({ status: 'empty', done: new Set() });
  });

  it.each([
    ['not json', '{oops'],
    ['wrong version', '{"v":2,"done":["credit-freeze"]}'],
    ['no version', '{"done":["credit-freeze"]}'],
    ['done not an array', '{"v":1,"done":"credit-freeze"}'],
    ['numbers inside', '{"v":1,"done":[1,2]}'],
    ['null', 'null'],
    ['an array', '[]'],
  ])('ignores garbage (%s) without throwing', (_name, raw) => {
    const read = parseProgress(raw);
    expect(read.status).toBe('ignored');
    expect(read.done.size).toBe(0);
  });

  it('keeps known ids and drops unknown ones (a retired action does not lose the rest)', () => {
    const read = parseProgress('{"v":1,"done":["credit-freeze","retired-action"]}');
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
    expect(readProgress(throwing).status).toBe('unavailable');
    expect(writeProgress(throwing, ['credit-freeze'])).toBe(false);
    expect(readProgress(null).status).toBe('unavailable');
  });

  it('never throws on any string in storage, and only ever returns known ids', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(null)), (raw) => {
        const read = parseProgress(raw);
        for (const id of read.done) expect(ACTION_IDS).toContain(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what it writes, for any subset of actions', () => {
    fc.assert(
      fc.property(fc.subarray([...ACTION_IDS]), (ids) => {
        const read = parseProgress(serializeProgress(ids));
        expect(read.status).toBe('ok');
        expect([...read.done].sort()).toEqual([...ids].sort());
      }),
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
