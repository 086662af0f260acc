import {
  currentMonth,
  intersect,
  isIsoDay,
  membershipWindow,
  monthIndex,
  parseYearMonth,
  partialDateMonths,
  readDateAnswer,
  relationshipMonths,
  relationshipRanges,
  toSpan,
  toYearMonth,
} from '@/lib/months';

const m = (ym: string) => parseYearMonth(ym) as number;

describe('month arithmetic', () => {
  it('round-trips ISO months', () => {
    for (const ym of ['1994-01', '2019-12', '2020-01', '2024-06']) expect(toYearMonth(m(ym))).toBe(ym);
  });
  it('counts months straight across years (the engine adds and subtracts month indexes)', () => {
    expect(toYearMonth(m('2019-12') + 1)).toBe('2020-01');
    expect(toYearMonth(m('2020-01') - 1)).toBe('2019-12');
    expect(toYearMonth(m('2020-01') + 25)).toBe('2022-02');
  });
  it('rejects malformed months', () => {
    expect(parseYearMonth('2019-13')).toBeNull();
    expect(parseYearMonth('2019-00')).toBeNull();
    expect(parseYearMonth('2019-1')).toBeNull();
    expect(parseYearMonth('2019')).toBeNull();
  });
  it('knows real days', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-04-31')).toBe(false);
    expect(isIsoDay('2024-4-30')).toBe(false);
  });
  it('reads the current month from an as-of date', () => {
    expect(currentMonth('2024-06-15')).toBe(monthIndex(2024, 6));
    expect(currentMonth('2024-06')).toBe(monthIndex(2024, 6));
    expect(currentMonth(new Date(2024, 0, 31))).toBe(monthIndex(2024, 1));
    expect(currentMonth('June 2024')).toBeNull();
    expect(currentMonth(new Date(Number.NaN))).toBeNull();
    expect(currentMonth()).not.toBeNull();
  });
});

describe('date answers', () => {
  it.each([
    ['2019-03', { kind: 'exact', month: monthIndex(2019, 3) }],
    ['2019', { kind: 'year', year: 2019 }],
    ['unknown', { kind: 'unknown' }],
    ['present', { kind: 'present' }],
  ])('%s', (value, shape) => {
    expect(readDateAnswer(value)).toEqual({ ok: true, shape });
  });
  it.each([
    ['2019-13', 'month-out-of-range'],
    ['19', 'date-malformed'],
    ['Unknown', 'date-malformed'],
  ])('%s is refused', (value, code) => {
    expect(readDateAnswer(value)).toEqual({ ok: false, code });
  });
});

describe('relationship ranges', () => {
  const now = m('2024-06');
  const r = (from: string, to?: string) => {
    const f = readDateAnswer(from);
    const t = to === undefined ? undefined : readDateAnswer(to);
    if (!f.ok || (t && !t.ok)) throw new Error('bad test');
    const { start, end } = relationshipRanges(f.shape, t?.ok ? t.shape : undefined, now);
    return [toYearMonth(start.from), toYearMonth(start.to), toYearMonth(end.from), toYearMonth(end.to)];
  };
  it('exact dates', () => expect(r('2016-01', '2021-12')).toEqual(['2016-01', '2016-01', '2021-12', '2021-12']));
  it('year only: any month of the year', () =>
    expect(r('2019', '2020')).toEqual(['2019-01', '2019-12', '2020-01', '2020-12']));
  it('year only this year stops at now', () =>
    expect(r('2024', 'present')).toEqual(['2024-01', '2024-06', '2024-06', '2024-06']));
  it('unknown start: any month from 1994, up to the known end (a known end bounds it)', () => {
    expect(r('unknown', '2010-05')).toEqual(['1994-01', '2010-05', '2010-05', '2010-05']);
    expect(r('unknown', '2010')).toEqual(['1994-01', '2010-12', '2010-01', '2010-12']);
    expect(r('unknown', 'unknown')).toEqual(['1994-01', '2024-06', '1994-01', '2024-06']);
  });
  it('a known start bounds an unknown end', () => {
    expect(r('2012', 'unknown')).toEqual(['2012-01', '2012-12', '2012-01', '2024-06']);
  });
  it('unknown or absent end: from the start to now', () => {
    expect(r('2015-03', 'unknown')).toEqual(['2015-03', '2015-03', '2015-03', '2024-06']);
    expect(r('2015-03')).toEqual(['2015-03', '2015-03', '2015-03', '2024-06']);
  });
  it('intersects ranges', () => {
    expect(intersect({ from: 1, to: 5 }, { from: 5, to: 9 })).toEqual({ from: 5, to: 5 });
    expect(intersect({ from: 1, to: 4 }, { from: 5, to: 9 })).toBeNull();
  });
});

describe('certain and whole months (the one edge rule)', () => {
  const now = m('2024-06');
  const months = (from: string, to?: string) => {
    const f = readDateAnswer(from);
    const t = to === undefined ? undefined : readDateAnswer(to);
    if (!f.ok || (t && !t.ok)) throw new Error('bad test');
    const r = relationshipMonths(f.shape, t?.ok ? t.shape : undefined, now);
    return { certain: toSpan(r.certain), whole: toSpan(r.whole), possible: toSpan(r.possible) };
  };
  it('joined and left months are certain but partial', () =>
    expect(months('2016-01', '2021-12')).toMatchObject({
      certain: { from: '2016-01', to: '2021-12' },
      whole: { from: '2016-02', to: '2021-11' },
    }));
  it('a year-only start makes only its last month certain, and whole from the next year', () =>
    expect(months('2020', 'present')).toMatchObject({
      certain: { from: '2020-12', to: '2024-06' },
      whole: { from: '2021-01', to: '2024-06' },
    }));
  it('one exact month: certain, never whole', () =>
    expect(months('2021-08', '2021-08')).toMatchObject({ certain: { from: '2021-08', to: '2021-08' }, whole: null }));
  it('nothing certain when both ends are vague', () =>
    expect(months('unknown', 'unknown')).toEqual({
      certain: null,
      whole: null,
      possible: { from: '1994-01', to: '2024-06' },
    }));
});

describe('catalog windows', () => {
  const now = m('2026-11');
  it('edge months are partial unless the catalog says whole', () => {
    expect(membershipWindow({ kind: 'active-during', from: '2022-11', to: '2023-01' }, now)).toEqual({
      dated: { from: m('2022-11'), to: m('2023-01') },
      whole: { from: m('2022-12'), to: m('2022-12') },
      possible: { from: m('2022-11'), to: m('2023-01') },
      startUndisclosed: false,
    });
    expect(
      membershipWindow({ kind: 'active-during', from: '2013-09', to: '2015-09', fromWholeMonth: true }, now).whole,
    ).toEqual({ from: m('2013-09'), to: m('2015-08') });
  });
  it('an undisclosed start reaches back, never before `notBefore`', () => {
    const w = membershipWindow({ kind: 'active-during', from: '2020-12', to: '2020-12', startUndisclosed: true }, now);
    expect(w.possible).toEqual({ from: m('2019-12'), to: m('2020-12') });
    expect(w.whole).toBeNull();
    const sprint = membershipWindow(
      { kind: 'active-during', from: '2020-12', to: '2020-12', startUndisclosed: true, notBefore: '2020-04' },
      now,
    );
    expect(sprint.possible).toEqual({ from: m('2020-04'), to: m('2020-12') });
  });
  it('catalog partial dates', () => {
    expect(partialDateMonths('2021')).toEqual({ from: m('2021-01'), to: m('2021-12') });
    expect(partialDateMonths('2021-08-16')).toEqual({ from: m('2021-08'), to: m('2021-08') });
    expect(partialDateMonths('2021-13')).toBeNull();
  });
});
