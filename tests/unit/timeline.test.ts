import fc from 'fast-check';
import { layoutTimeline, relationshipSpan, TIMELINE } from '@/lib/results/timeline';
import { incidentWindow } from '@/lib/results/incident-window';
import { monthIndex, parseYearMonth, toYearMonth } from '@/lib/results/months';
import type { Incident } from '@/lib/catalog/types';
import type { RelationshipAnswer } from '@/lib/answers/types';

const m = (s: string) => parseYearMonth(s)!;
const asOf = m('2026-01');
const floor = m('2014-01');

describe('months', () => {
  it('parses and prints year-months', () => {
    expect(toYearMonth(m('2021-08'))).toBe('2021-08');
    expect(parseYearMonth('2021-13')).toBeNull();
    expect(parseYearMonth('2021')).toBeNull();
    expect(m('2022-01') - m('2021-12')).toBe(1);
  });
});

describe('relationshipSpan', () => {
  it('exact months: solid from the first to the last month inclusive', () => {
    const s = relationshipSpan({ type: 'postpaid', from: '2016-01', to: '2021-12' }, floor, asOf);
    expect(s).toMatchObject({ start: m('2016-01'), solidStart: m('2016-01'), solidEnd: m('2022-01'), end: m('2022-01') });
  });
  it('present runs to the current month and is ongoing', () => {
    const s = relationshipSpan({ type: 'prepaid', from: '2022-01', to: 'present' }, floor, asOf);
    expect(s.end).toBe(asOf + 1);
    expect(s.ongoing).toBe(true);
  });
  it('year-only dates make the whole year uncertain', () => {
    const s = relationshipSpan({ type: 'prepaid', from: '2019', to: '2020' }, floor, asOf);
    expect(s).toMatchObject({ start: m('2019-01'), solidStart: m('2020-01'), solidEnd: m('2020-01'), end: m('2021-01') });
  });
  it('unknown dates span everything shown, with nothing solid', () => {
    const s = relationshipSpan({ type: 'metro', from: 'unknown', to: 'unknown' }, floor, asOf);
    expect(s.start).toBe(floor);
    expect(s.end).toBe(asOf + 1);
    expect(s.solidEnd).toBe(s.solidStart);
  });
  it('an application is a single month', () => {
    const s = relationshipSpan({ type: 'applicant', from: '2014-05' }, floor, asOf);
    expect(s).toMatchObject({ point: true, start: m('2014-05'), end: m('2014-06') });
  });
});

describe('incidentWindow', () => {
  const base: Omit<Incident, 'populations'> = {
    id: '2015-09-experian',
    accessBegan: { kind: 'unknown' },
    discovered: { kind: 'known', date: '2015-09-15', approximate: false, sources: [] },
    disclosed: { kind: 'unknown' },
    notExposed: [],
    offers: [],
    totals: [],
    sources: [],
  };
  const pop = (membership: Incident['populations'][number]['members'][number]['membership']) => ({
    id: 'P1',
    members: [{ relationship: 'applicant' as const, membership }],
    reach: 'broad' as const,
    counts: [],
    exposed: ['name' as const],
    notExposed: [],
    confidence: 'M' as const,
    sources: [],
  });
  it('uses the membership window of the populations', () => {
    expect(incidentWindow({ ...base, populations: [pop({ kind: 'active-during', from: '2013-09', to: '2015-09' })] })).toEqual({
      from: m('2013-09'),
      to: m('2015-09'),
    });
    expect(incidentWindow({ ...base, populations: [pop({ kind: 'no-window', by: '2021-08' })] })).toEqual({ from: m('2021-08'), to: m('2021-08') });
  });
  it('falls back to the incident dates', () => {
    expect(incidentWindow({ ...base, populations: [] })).toEqual({ from: m('2015-09'), to: m('2015-09') });
    expect(incidentWindow({ ...base, discovered: { kind: 'unknown' }, populations: [] })).toBeNull();
  });
});

describe('layoutTimeline', () => {
  const incidents = [
    { id: '2021-08-cyberattack' as const, status: 'likely' as const, window: { from: m('2021-08'), to: m('2021-08') } },
    { id: '2015-09-experian' as const, status: 'not-affected' as const, window: { from: m('2013-09'), to: m('2015-09') } },
  ];
  it('numbers incidents chronologically and spans from the year before the first one to now', () => {
    const g = layoutTimeline({ relationships: [{ type: 'postpaid', from: '2015-01', to: 'present' }], incidents, asOf });
    expect(g.bands.map((b) => [b.number, b.id])).toEqual([
      [1, '2015-09-experian'],
      [2, '2021-08-cyberattack'],
    ]);
    expect(g.firstYear).toBe(2012);
    expect(g.lastYear).toBe(2026);
    expect(g.ticks[0]).toMatchObject({ year: 2012, x: TIMELINE.left, label: true });
  });
  it('finds overlaps, certain or not', () => {
    const g = layoutTimeline({
      relationships: [
        { type: 'postpaid', from: '2015-01', to: 'present' },
        { type: 'prepaid', from: '2022-01', to: 'present' },
        { type: 'metro', from: '2021', to: '2021' },
      ],
      incidents,
      asOf,
    });
    expect(g.rows[0]!.overlaps.map((o) => [o.id, o.kind])).toEqual([
      ['2015-09-experian', 'solid'],
      ['2021-08-cyberattack', 'solid'],
    ]);
    expect(g.rows[1]!.overlaps).toEqual([]);
    expect(g.rows[2]!.overlaps.map((o) => [o.id, o.kind])).toEqual([['2021-08-cyberattack', 'uncertain']]);
  });
  it('clips a relationship that began long before the first incident', () => {
    const g = layoutTimeline({ relationships: [{ type: 'postpaid', from: '1998-03', to: '2010-01' }], incidents, asOf });
    expect(g.firstYear).toBe(2012);
    expect(g.rows[0]!.clippedStart).toBe(true);
    expect(g.rows[0]!.segments).toEqual([]);
  });

  const dateArb = fc.oneof(
    fc.constant('unknown'),
    fc.integer({ min: 1994, max: 2025 }).map(String),
    fc.tuple(fc.integer({ min: 1994, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, mo]) => `${y}-${String(mo).padStart(2, '0')}`),
  );
  const relArb: fc.Arbitrary<RelationshipAnswer> = fc.record({
    type: fc.constantFrom('postpaid', 'prepaid', 'metro', 'sprint', 'applicant', 'employee'),
    from: dateArb,
    to: fc.option(fc.oneof(dateArb, fc.constant('present')), { nil: undefined }),
  });
  it('keeps every shape inside the drawing, whatever the answers', () => {
    fc.assert(
      fc.property(fc.array(relArb, { minLength: 1, maxLength: 20 }), (relationships) => {
        const g = layoutTimeline({ relationships, incidents, asOf: monthIndex(2026, 1) });
        expect(g.rows).toHaveLength(relationships.length);
        for (const row of g.rows) {
          for (const s of [...row.segments, ...row.overlaps]) {
            expect(s.x).toBeGreaterThanOrEqual(0);
            expect(s.width).toBeGreaterThan(0);
            expect(s.x + s.width).toBeLessThanOrEqual(g.width + 1e-9);
          }
        }
        for (const b of g.bands) expect(b.x + b.width).toBeLessThanOrEqual(g.width);
      }),
    );
  });
});

describe('readability on a phone', () => {
  it('at the smallest width it draws, no two numbered markers of the real catalog overlap', async () => {
    const { CATALOG } = await import('@/lib/catalog');
    const incidents = CATALOG.flatMap((inc) => {
      const window = incidentWindow(inc);
      return window ? [{ id: inc.id, status: 'possible' as const, window }] : [];
    });
    const g = layoutTimeline({
      relationships: [{ type: 'postpaid', from: '2015-01', to: 'present' }],
      incidents,
      asOf,
      width: TIMELINE.minReadableWidth,
    });
    const r = TIMELINE.markerRadius;
    for (const [i, a] of g.bands.entries())
      for (const b of g.bands.slice(i + 1)) expect(Math.hypot(a.markerX - b.markerX, a.markerY - b.markerY)).toBeGreaterThanOrEqual(2 * r);
    // Every marker stays in the marker area, above the first row (whose label line no band covers).
    for (const b of g.bands) expect(b.markerY + r).toBeLessThanOrEqual(TIMELINE.top + TIMELINE.markerRow);
    expect(g.rows[0]!.y).toBeGreaterThanOrEqual(TIMELINE.top + TIMELINE.markerRow);
    expect(TIMELINE.labelHeight).toBeLessThan(TIMELINE.barOffset);
  });
});
