// The engine against the real catalog: the personas of the results page, every incident
// and relationship type, window edges, and properties (fast-check).
import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { assess, assessInput } from '@/lib/assessment/assess';
import { CATALOG } from '@/lib/catalog';
import { RELATIONSHIP_TYPES, type IncidentId } from '@/lib/catalog/vocabulary';
import { INCIDENT_IDS } from '@/lib/catalog/incidents';
import { REASON_CODES } from '@/lib/assessment/reasons';
import type { Answers, RelationshipAnswer } from '@/lib/answers/types';
import type { Assessment, Status } from '@/lib/assessment/types';
import { parseAnswers } from '@/lib/answers/schema';

const AS_OF = '2025-06-15';
const RANK: Record<Status, number> = { 'not-affected': 0, possible: 1, likely: 2 };
const r = (type: RelationshipAnswer['type'], from: string, to?: string): RelationshipAnswer =>
  to === undefined ? { type, from } : { type, from, to };
const run = (...relationships: RelationshipAnswer[]) => assess({ relationships }, { asOf: AS_OF });
const statuses = (a: Assessment) =>
  Object.fromEntries(a.incidents.map((i) => [i.id, i.status])) as Record<IncidentId, Status>;

describe('personas', () => {
  it('a current postpaid customer since 2015', () => {
    const a = run(r('postpaid', '2015', 'present'));
    expect(statuses(a)).toEqual({
      '2015-09-experian': 'possible',
      '2018-08-account-data': 'possible',
      '2019-11-prepaid': 'not-affected',
      '2020-03-email-vendor': 'possible',
      '2020-12-cpni': 'possible',
      '2021-08-cyberattack': 'likely',
      '2023-01-api': 'likely',
      '2023-04-pin': 'possible',
    });
    expect(a.fields.find((f) => f.id === 'ssn')).toMatchObject({ status: 'likely' });
    expect(a.actions[0]?.id).toBe('credit-freeze');
  });

  it('someone who only applied for credit in 2014', () => {
    const a = run(r('applicant', '2014'));
    const s = statuses(a);
    expect(s['2015-09-experian']).toBe('likely');
    expect(s['2021-08-cyberattack']).toBe('possible');
    for (const id of [
      '2018-08-account-data',
      '2019-11-prepaid',
      '2020-03-email-vendor',
      '2020-12-cpni',
      '2023-01-api',
      '2023-04-pin',
    ] as const) {
      expect(s[id]).toBe('not-affected');
    }
    expect(a.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['ssn', 'date_of_birth', 'drivers_license']));
    expect(a.actions[0]?.id).toBe('credit-freeze');
  });

  it('a prepaid customer from 2022 to now', () => {
    const a = run(r('prepaid', '2022', 'present'));
    const s = statuses(a);
    expect(s['2023-01-api']).toBe('likely');
    expect(s['2023-04-pin']).toBe('possible');
    for (const id of [
      '2015-09-experian',
      '2018-08-account-data',
      '2019-11-prepaid',
      '2020-03-email-vendor',
      '2020-12-cpni',
      '2021-08-cyberattack',
    ] as const) {
      expect(s[id]).toBe('not-affected');
    }
    const api = a.incidents.find((i) => i.id === '2021-08-cyberattack');
    expect(api?.reasons[0]).toMatchObject({ code: 'began-after', values: { began: '2022' } });
    expect(a.actions.map((x) => x.id)).not.toContain('settlement-2021');
  });
});

describe('doors the fact sheet leaves open: possible, never not-affected', () => {
  const reasonsOf = (a: Assessment, id: IncidentId) => a.incidents.find((i) => i.id === id)?.reasons ?? [];

  it('Sprint or Boost from 2018 to now: possible for Dec 2020, Jan 2023 and Apr 2023 (open questions 3, 4, 8)', () => {
    const a = run(r('sprint', '2018-01', 'present'));
    const s = statuses(a);
    for (const id of ['2020-12-cpni', '2023-01-api', '2023-04-pin'] as const) {
      expect(s[id]).toBe('possible');
      const codes = reasonsOf(a, id).map((x) => x.code);
      expect(codes).toContain('uncertain-member');
      expect(codes).not.toContain('partial-population');
    }
  });

  it('Sprint never reaches "likely" through the post-merger groups, even with certain dates', () => {
    const s = statuses(run(r('sprint', '2020-12', '2023-03')));
    expect(s['2020-12-cpni']).toBe('possible');
    expect(s['2023-01-api']).toBe('possible');
    expect(s['2023-04-pin']).toBe('possible');
  });

  // No source says employees' own data was exposed in 2021 (T-Mobile denied a
  // 2023 employee-data claim): "possible" with no field claimed, and a reason
  // that says so. This used to list customers' fields "as a precaution".
  it('a T-Mobile employee from 2019 to now: possible for Aug 2021 with no data claimed, and a sentence saying so', () => {
    const a = run(r('employee', '2019', 'present'));
    expect(statuses(a)['2021-08-cyberattack']).toBe('possible');
    const result = a.incidents.find((i) => i.id === '2021-08-cyberattack');
    expect(result?.populations).toEqual(['P9']);
    expect(result?.reasons.map((x) => x.code)).toEqual([
      'no-window',
      'uncertain-member',
      'low-confidence',
      'no-data-claimed',
    ]);
    expect(result?.fields).toEqual([]);
    // Every field left comes from March 2020, where employees are a sourced group.
    for (const field of a.fields) expect(field.incidents).toEqual(['2020-03-email-vendor']);
  });

  it.each(['2020-01', '2020', '2021-03', '2021'])(
    'an employee hired in %s gets no "freeze your credit, do now" from 2021 alone',
    (from) => {
      const a = run(r('employee', from, 'present'));
      const freeze = a.actions.find((x) => x.id === 'credit-freeze');
      if (freeze) expect(freeze.incidents).not.toContain('2021-08-cyberattack');
      expect(a.fields.flatMap((f) => f.incidents)).not.toContain('2021-08-cyberattack');
    },
  );

  it('an employee who started after Aug 2021 is not in the 2021 employee group', () => {
    expect(statuses(run(r('employee', '2021-09', 'present')))['2021-08-cyberattack']).toBe('not-affected');
  });

  it('a postpaid customer from Sep 2015: Experian possible, not likely (the window ends 16 Sep 2015)', () => {
    const a = run(r('postpaid', '2015-09', 'present'));
    expect(statuses(a)['2015-09-experian']).toBe('possible');
    expect(reasonsOf(a, '2015-09-experian').map((x) => x.code)).toContain('maybe-began-by');
  });

  it('a postpaid customer from Aug 2015: Experian still likely', () => {
    expect(statuses(run(r('postpaid', '2015-08', 'present')))['2015-09-experian']).toBe('likely');
  });
});

describe('undisclosed starts: the months before a known stop are at least possible', () => {
  it.each<[IncidentId, RelationshipAnswer]>([
    ['2020-12-cpni', r('postpaid', '2015', '2020-11')],
    ['2020-12-cpni', r('metro', '2020-01', '2020-06')],
    ['2018-08-account-data', r('postpaid', '2016-05', '2018-07')],
    ['2019-11-prepaid', r('prepaid', '2019-01', '2019-10')],
  ])('%s with %j: possible, with the stop month in the reason', (id, relationship) => {
    const a = run(relationship);
    const result = a.incidents.find((i) => i.id === id);
    expect(result?.status).toBe('possible');
    expect(result?.reasons.find((x) => x.code === 'before-undisclosed-start')).toMatchObject({
      values: { windowTo: id.slice(0, 7) },
    });
    expect(result?.window.startUndisclosed).toBe(true);
  });

  it('the window says how far back it reaches', () => {
    const cpni = run(r('postpaid', '2015', 'present')).incidents.find((i) => i.id === '2020-12-cpni');
    expect(cpni?.window).toEqual({
      dated: { from: '2020-12', to: '2020-12' },
      whole: null,
      possible: { from: '2019-12', to: '2020-12' },
      startUndisclosed: true,
    });
  });
});

describe('known dates bound unknown ones', () => {
  it.each<[string, RelationshipAnswer, IncidentId, Status]>([
    // An end in 2010 means a start by 2010: never a 2013-2015 Experian customer.
    ['start unknown, ended 2010', r('postpaid', 'unknown', '2010'), '2015-09-experian', 'not-affected'],
    // Ended December 2022: certainly a customer in December 2022, the API incident's whole month.
    ['start unknown, ended Dec 2022', r('postpaid', 'unknown', '2022-12'), '2023-01-api', 'likely'],
    ['start unknown, ended Nov 2022', r('postpaid', 'unknown', '2022-11'), '2023-01-api', 'possible'],
    ['start unknown, ended some time in 2022', r('postpaid', 'unknown', '2022'), '2023-01-api', 'possible'],
    // Began 2023-03, end unknown: it cannot have ended before it began.
    ['began Feb 2023, end unknown', r('postpaid', '2023-02', 'unknown'), '2023-01-api', 'not-affected'],
    ['began 2021-03, end unknown', r('postpaid', '2021-03', 'unknown'), '2021-08-cyberattack', 'possible'],
  ])('%s', (_name, relationship, id, status) => {
    expect(statuses(run(relationship))[id]).toBe(status);
  });
});

describe('one rule for every window edge month', () => {
  it.each<[string, RelationshipAnswer, IncidentId, Status]>([
    ['joined in August 2021', r('postpaid', '2021-08', 'present'), '2021-08-cyberattack', 'possible'],
    ['joined in July 2021', r('postpaid', '2021-07', 'present'), '2021-08-cyberattack', 'likely'],
    ['left in August 2021', r('postpaid', '2019', '2021-08'), '2021-08-cyberattack', 'possible'],
    ['left in September 2021', r('postpaid', '2019', '2021-09'), '2021-08-cyberattack', 'likely'],
    ['joined in November 2022', r('postpaid', '2022-11', 'present'), '2023-01-api', 'likely'], // December was whole
    ['joined in January 2023', r('postpaid', '2023-01', 'present'), '2023-01-api', 'possible'],
    ['left in November 2022', r('postpaid', '2020', '2022-11'), '2023-01-api', 'possible'],
    ['applied in September 2013 (from the 1st)', r('applicant', '2013-09'), '2015-09-experian', 'likely'],
    ['applied in September 2015 (to the 16th)', r('applicant', '2015-09'), '2015-09-experian', 'possible'],
    ['became postpaid in September 2015', r('postpaid', '2015-09', 'present'), '2015-09-experian', 'possible'],
  ])('%s', (_name, relationship, id, status) => {
    expect(statuses(run(relationship))[id]).toBe(status);
  });
});

describe('every incident can be reached, by the relationship types that reach it', () => {
  it.each<[IncidentId, RelationshipAnswer, Status]>([
    ['2015-09-experian', r('applicant', '2014-05'), 'likely'],
    ['2015-09-experian', r('applicant', '2013-08'), 'not-affected'],
    ['2015-09-experian', r('applicant', '2013-09'), 'likely'],
    ['2015-09-experian', r('applicant', '2015-09'), 'possible'], // the window ends on 16 Sep 2015
    ['2015-09-experian', r('applicant', '2015-10'), 'not-affected'],
    // The start of access is undisclosed: the 12 months before the stop are possible.
    ['2018-08-account-data', r('metro', '2018-07', '2018-07'), 'possible'],
    ['2018-08-account-data', r('metro', '2017-08', '2017-08'), 'possible'],
    ['2018-08-account-data', r('metro', '2017-07', '2017-07'), 'not-affected'],
    ['2018-08-account-data', r('metro', '2018-08', '2018-08'), 'possible'],
    ['2018-08-account-data', r('postpaid', '2018-09', 'present'), 'not-affected'],
    ['2019-11-prepaid', r('prepaid', '2019-11', '2019-11'), 'possible'],
    ['2019-11-prepaid', r('prepaid', '2019-12', 'present'), 'not-affected'],
    ['2020-03-email-vendor', r('employee', '2018', '2019'), 'possible'],
    ['2020-03-email-vendor', r('employee', '2020-04', 'present'), 'not-affected'],
    ['2020-12-cpni', r('prepaid', '2020-11', '2020-11'), 'possible'], // start undisclosed
    ['2020-12-cpni', r('prepaid', '2019-11', '2019-11'), 'not-affected'], // more than 12 months before
    ['2020-12-cpni', r('prepaid', '2020-12', '2020-12'), 'possible'],
    ['2020-12-cpni', r('prepaid', '2021-01', 'present'), 'not-affected'],
    ['2020-12-cpni', r('sprint', '2020-12', '2020-12'), 'possible'], // customer type unknown (open questions 3, 4)
    ['2020-12-cpni', r('sprint', '2012', '2019'), 'not-affected'], // Sprint became T-Mobile only in April 2020
    ['2020-12-cpni', r('sprint', '2012', '2020-05'), 'possible'],
    ['2021-08-cyberattack', r('postpaid', '2021-07', '2021-07'), 'possible'],
    ['2021-08-cyberattack', r('postpaid', '2021-08', '2021-08'), 'possible'], // data taken in early August
    ['2021-08-cyberattack', r('postpaid', '2021-07', '2021-09'), 'likely'],
    ['2021-08-cyberattack', r('postpaid', '2021-09', 'present'), 'not-affected'],
    ['2021-08-cyberattack', r('prepaid', '2021-08', 'present'), 'possible'],
    ['2021-08-cyberattack', r('metro', '2021-08', 'present'), 'possible'],
    ['2021-08-cyberattack', r('sprint', '2012', '2019'), 'possible'],
    ['2021-08-cyberattack', r('employee', '2010', '2015'), 'possible'], // open question 9, no window published
    ['2023-01-api', r('postpaid', '2022-10', '2022-10'), 'not-affected'],
    ['2023-01-api', r('postpaid', '2022-11', '2022-11'), 'possible'], // access began about 25 Nov 2022
    ['2023-01-api', r('postpaid', '2022-12', '2022-12'), 'likely'],
    ['2023-01-api', r('prepaid', '2023-01', 'present'), 'possible'], // detected and stopped 5 Jan 2023
    ['2023-01-api', r('prepaid', '2023-02', 'present'), 'not-affected'],
    ['2023-01-api', r('metro', '2022-12', 'present'), 'possible'],
    ['2023-01-api', r('sprint', '2022-12', 'present'), 'possible'], // inclusion in the 37M unknown (open question 8)
    ['2023-01-api', r('sprint', '2023-02', 'present'), 'not-affected'],
    ['2023-04-pin', r('postpaid', '2023-01', '2023-01'), 'not-affected'],
    ['2023-04-pin', r('postpaid', '2023-02', '2023-02'), 'possible'],
    ['2023-04-pin', r('postpaid', '2023-03', 'present'), 'possible'],
    ['2023-04-pin', r('postpaid', '2023-04', 'present'), 'not-affected'],
    ['2023-04-pin', r('sprint', '2023-03', 'present'), 'possible'], // customer type unknown (open question 4)
  ])('%s with %j: %s', (id, relationship, status) => {
    expect(statuses(run(relationship))[id]).toBe(status);
  });

  it('every incident is reachable and every relationship type reaches at least one incident', () => {
    const reached = new Set<string>();
    for (const type of RELATIONSHIP_TYPES) {
      const a = run(r(type, 'unknown', 'unknown'));
      const hit = a.incidents.filter((i) => i.status !== 'not-affected').map((i) => i.id);
      expect(hit.length).toBeGreaterThan(0);
      hit.forEach((id) => reached.add(id));
    }
    expect([...reached].sort()).toEqual([...INCIDENT_IDS].sort());
  });

  it('the 2021 exclusion of former Sprint prepaid / Boost is cited, never the only word', () => {
    const i = run(r('sprint', '2012', '2019')).incidents.find((x) => x.id === '2021-08-cyberattack');
    expect(i?.reasons.map((x) => x.code)).toContain('excluded-group');
    expect(i?.status).toBe('possible');
  });

  it('several relationships at once: each contributes', () => {
    const a = run(r('applicant', '2014-02'), r('postpaid', '2014-03', '2019-05'), r('prepaid', '2020', 'present'));
    const s = statuses(a);
    expect(s['2015-09-experian']).toBe('likely');
    expect(s['2021-08-cyberattack']).not.toBe('not-affected');
    expect(s['2023-01-api']).toBe('likely');
    const experianReasons = a.incidents.find((i) => i.id === '2015-09-experian')?.reasons ?? [];
    expect(new Set(experianReasons.map((x) => x.relationshipIndex))).toEqual(new Set([0, 1]));
  });
});

// ---- properties ----
const AS_OF_MONTH = { year: 2025, month: 6 };
const pad = (n: number) => String(n).padStart(2, '0');
const monthArb = fc
  .tuple(fc.integer({ min: 1994, max: AS_OF_MONTH.year }), fc.integer({ min: 1, max: 12 }))
  .filter(([y, m]) => y < AS_OF_MONTH.year || m <= AS_OF_MONTH.month);
const dateArb = fc.oneof(
  monthArb.map(([y, m]) => `${y}-${pad(m)}`),
  fc.integer({ min: 1994, max: AS_OF_MONTH.year }).map(String),
  fc.constant('unknown'),
);
const relationshipArb: fc.Arbitrary<RelationshipAnswer> = fc
  .record({
    type: fc.constantFrom(...RELATIONSHIP_TYPES),
    from: dateArb,
    to: fc.option(fc.oneof(dateArb, fc.constant('present')), { nil: undefined }),
  })
  .map(({ type, from, to }) => (to === undefined ? { type, from } : { type, from, to }))
  .filter((rel) => parseAnswers({ relationships: [rel] }, AS_OF).ok);
const answersArb: fc.Arbitrary<Answers> = fc
  .array(relationshipArb, { minLength: 1, maxLength: 5 })
  .map((relationships) => ({ relationships }));

/** Incidents whose memberships can lawfully drop from likely to possible when a period grows (a `since` bound or an `ended-by` rule). */
const NON_MONOTONE = new Set(
  CATALOG.filter((i) =>
    i.populations.some((p) =>
      p.members.some(
        (m) =>
          (m.membership.kind === 'began-by' && m.membership.since !== undefined) || m.membership.kind === 'ended-by',
      ),
    ),
  ).map((i) => i.id),
);

describe('properties', () => {
  it('adding a relationship never lowers any status', () => {
    fc.assert(
      fc.property(answersArb, relationshipArb, (answers, extra) => {
        const before = statuses(assess(answers, { asOf: AS_OF }));
        const after = statuses(assess({ relationships: [...answers.relationships, extra] }, { asOf: AS_OF }));
        for (const id of INCIDENT_IDS) expect(RANK[after[id]]).toBeGreaterThanOrEqual(RANK[before[id]]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('making a date less precise (month -> its year -> unknown) never turns "affected" into "not affected"', () => {
    const vaguer = (d: string | undefined) =>
      d === undefined || d === 'present' || d === 'unknown' ? d : d.length === 7 ? d.slice(0, 4) : 'unknown';
    fc.assert(
      fc.property(answersArb, fc.nat(), fc.boolean(), (answers, pick, end) => {
        const i = pick % answers.relationships.length;
        const rel = answers.relationships[i] as RelationshipAnswer;
        const widened: RelationshipAnswer = end
          ? { ...rel, to: vaguer(rel.to) ?? 'unknown' }
          : { ...rel, from: vaguer(rel.from) as string };
        const relationships = answers.relationships.map((x, j) => (j === i ? widened : x));
        fc.pre(parseAnswers({ relationships }, AS_OF).ok);
        const before = statuses(assess(answers, { asOf: AS_OF }));
        const after = statuses(assess({ relationships }, { asOf: AS_OF }));
        for (const id of INCIDENT_IDS) if (before[id] !== 'not-affected') expect(after[id]).not.toBe('not-affected');
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('widening a period (earlier start, later end) never lowers a status; where the catalog has a "since" or "former customer" rule, never to "not affected"', () => {
    fc.assert(
      fc.property(
        monthArb,
        fc.nat({ max: 120 }),
        fc.nat({ max: 60 }),
        fc.nat({ max: 60 }),
        fc.constantFrom(...RELATIONSHIP_TYPES),
        (start, length, earlier, later, type) => {
          const index = (y: number, m: number) => y * 12 + m - 1;
          const ym = (i: number) => `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
          const s = index(start[0], start[1]);
          const limit = index(AS_OF_MONTH.year, AS_OF_MONTH.month);
          const e = Math.min(s + length, limit);
          const narrow = r(type, ym(s), ym(e));
          const wide = r(type, ym(Math.max(index(1994, 1), s - earlier)), ym(Math.min(limit, e + later)));
          const before = statuses(run(narrow));
          const after = statuses(run(wide));
          for (const id of INCIDENT_IDS) {
            if (NON_MONOTONE.has(id)) {
              if (before[id] !== 'not-affected') expect(after[id]).not.toBe('not-affected');
            } else {
              expect(RANK[after[id]]).toBeGreaterThanOrEqual(RANK[before[id]]);
            }
          }
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('every exposed field has an action, and every action has a reason', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = assess(answers, { asOf: AS_OF });
        for (const field of a.fields) expect(a.actions.some((x) => x.fields.includes(field.id))).toBe(true);
        for (const action of a.actions) expect(action.fields.length + action.incidents.length).toBeGreaterThan(0);
        const affected = new Set(a.incidents.filter((i) => i.status !== 'not-affected').map((i) => i.id));
        for (const action of a.actions) for (const id of action.incidents) expect(affected.has(id)).toBe(true);
        for (const i of a.incidents) {
          expect(i.reasons.length).toBeGreaterThan(0);
          for (const reason of i.reasons) expect(REASON_CODES).toContain(reason.code);
          if (i.status === 'not-affected') expect(i.fields).toEqual([]);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(assess(answers, { asOf: AS_OF })).toEqual(assess(structuredClone(answers), { asOf: AS_OF }));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws on any JSON value (or anything else)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything(),
          answersArb.map((a) => ({ ...a, extra: 1 })),
        ),
        (value) => {
          const result = assessInput(value, { asOf: AS_OF });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
