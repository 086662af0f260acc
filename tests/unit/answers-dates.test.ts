import {
  addMonths,
  currentMonth,
  intersect,
  isIsoDay,
  monthIndex,
  parseYearMonth,
  readDateAnswer,
  relationshipRanges,
  toYearMonth,
} from '@/lib/answers/dates';

const m = (ym: string) => parseYearMonth(ym) as number;

describe('month arithmetic', () => {
  it('round-trips ISO months', () => {
    for (const ym of ['1994-01', '2019-12', '2020-01', '2024-06']) expect(toYearMonth(m(ym))).toBe(ym);
  });
  it('adds months across years', () => {
    expect(toYearMonth(addMonths(m('2019-12'), 1))).toBe('2020-01');
    expect(toYearMonth(addMonths(m('2020-01'), -1))).toBe('2019-12');
    expect(toYearMonth(addMonths(m('2020-01'), 25))).toBe('2022-02');
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
  it('unknown start: any month from 1994', () =>
    expect(r('unknown', '2010-05')).toEqual(['1994-01', '2024-06', '2010-05', '2010-05']));
  it('unknown or absent end: from the start to now', () => {
    expect(r('2015-03', 'unknown')).toEqual(['2015-03', '2015-03', '2015-03', '2024-06']);
    expect(r('2015-03')).toEqual(['2015-03', '2015-03', '2015-03', '2024-06']);
  });
  it('intersects ranges', () => {
    expect(intersect({ from: 1, to: 5 }, { from: 5, to: 9 })).toEqual({ from: 5, to: 5 });
    expect(intersect({ from: 1, to: 4 }, { from: 5, to: 9 })).toBeNull();
  });
});
