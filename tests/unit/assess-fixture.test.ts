// The engine's rules on a small fixture catalog, so that each membership kind
// and each window edge is tested independently of the real catalog's data.
import { assess, assessInput } from '@/lib/assessment/assess';
import type { Incident, Population } from '@/lib/catalog/types';
import type { RelationshipAnswer } from '@/lib/answers/types';
import type { Status } from '@/lib/assessment/types';

const AS_OF = '2024-06-15';

function population(id: string, rest: Partial<Population> & Pick<Population, 'members'>): Population {
  return {
    id,
    reach: 'broad',
    counts: [],
    exposed: ['name'],
    notExposed: [],
    confidence: 'H',
    sources: ['X'],
    ...rest,
  };
}
function incident(id: Incident['id'], populations: Population[], extra: Partial<Incident> = {}): Incident {
  const unknown = { kind: 'unknown' } as const;
  return {
    id,
    accessBegan: unknown,
    discovered: unknown,
    disclosed: unknown,
    populations,
    notExposed: [],
    offers: [],
    totals: [],
    sources: ['X'],
    ...extra,
  };
}

/** Window Nov–Dec 2019, both edge months partial (the default): postpaid broad, prepaid partial. */
const WINDOW = incident('2019-11-prepaid', [
  population('P1', {
    members: [{ relationship: 'postpaid', membership: { kind: 'active-during', from: '2019-11', to: '2019-12' } }],
    exposed: ['name', 'ssn'],
  }),
  population('P2', {
    reach: 'partial',
    members: [{ relationship: 'prepaid', membership: { kind: 'active-during', from: '2019-11', to: '2019-12' } }],
    exposed: ['phone'],
  }),
]);
/** Applications from 1 Sep 2013 (a whole month) to mid-September 2015 (a partial one). */
const APPLICATIONS = incident('2015-09-experian', [
  population('P1', {
    members: [
      {
        relationship: 'applicant',
        membership: { kind: 'active-during', from: '2013-09', to: '2015-09', fromWholeMonth: true },
      },
    ],
    exposed: ['ssn'],
  }),
]);
/** began-by with since, ended-by, no-window, weak sources, an exclusion. */
const MIXED = incident(
  '2021-08-cyberattack',
  [
    population('P1', {
      members: [{ relationship: 'applicant', membership: { kind: 'began-by', by: '2021-08', since: '2015-01' } }],
      exposed: ['drivers_license'],
    }),
    population('P2', {
      members: [{ relationship: 'postpaid', membership: { kind: 'ended-by', by: '2021-08' } }],
      exposed: ['address'],
    }),
    population('P3', {
      members: [{ relationship: 'metro', membership: { kind: 'no-window', by: '2021-08' } }],
      exposed: ['imei'],
    }),
    population('P4', {
      confidence: 'L',
      members: [{ relationship: 'employee', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } }],
      exposed: ['email'],
    }),
    population('P5', {
      members: [
        {
          relationship: 'prepaid',
          membership: { kind: 'active-during', from: '2021-08', to: '2021-08' },
          reach: 'partial',
        },
      ],
      exposed: ['account_pin'],
    }),
  ],
  {
    excluded: [{ id: 'sprint-prepaid-boost', relationships: ['sprint'], confidence: 'H', sources: ['X'] }],
    offers: [{ id: 'settlement', status: 'ended', endedOn: '2023-01-23', sources: ['SUN'] }],
  },
);
const CATALOG = [APPLICATIONS, WINDOW, MIXED];

function statusOf(incidentId: string, relationships: RelationshipAnswer[], asOf = AS_OF) {
  const result = assess({ relationships }, { asOf, catalog: CATALOG }).incidents.find((i) => i.id === incidentId);
  if (!result) throw new Error(`no ${incidentId}`);
  return result;
}
const r = (type: RelationshipAnswer['type'], from: string, to?: string): RelationshipAnswer =>
  to === undefined ? { type, from } : { type, from, to };

// The one edge rule (lib/months.ts): a certain overlap needs a whole month of
// the relationship inside the window, or a month the window covered whole.
// Joining or leaving in a partial edge month is only "possible": a window's
// first and last months count as partial unless the catalog says the sources
// date it from the 1st or to the last day of the month.
describe('active-during: edges of a window (Nov–Dec 2019)', () => {
  it.each<[string, RelationshipAnswer, Status, string]>([
    ['ended the month before', r('postpaid', '2015-01', '2019-10'), 'not-affected', 'ended-before'],
    ['ended in the first (partial) month', r('postpaid', '2015-01', '2019-11'), 'possible', 'maybe-active-during'],
    ['ended in the last month: November was whole', r('postpaid', '2015-01', '2019-12'), 'likely', 'active-during'],
    ['began in the first month: December was whole', r('postpaid', '2019-11', 'present'), 'likely', 'active-during'],
    ['began in the last (partial) month', r('postpaid', '2019-12', 'present'), 'possible', 'maybe-active-during'],
    ['began the month after', r('postpaid', '2020-01', 'present'), 'not-affected', 'began-after'],
    ['inside, one exact month', r('postpaid', '2019-11', '2019-11'), 'possible', 'maybe-active-during'],
    ['Oct to Dec: November whole', r('postpaid', '2019-10', '2019-12'), 'likely', 'active-during'],
    ['start month only (end absent)', r('postpaid', '2019-11'), 'possible', 'maybe-active-during'],
    ['started some time in 2019, still there', r('postpaid', '2019', 'present'), 'possible', 'maybe-active-during'],
    ['started some time in 2018, still there', r('postpaid', '2018', 'present'), 'likely', 'active-during'],
    ['started in 2020 (year only)', r('postpaid', '2020', 'present'), 'not-affected', 'began-after'],
    ['2018 to some time in 2019', r('postpaid', '2018', '2019'), 'possible', 'maybe-active-during'],
    ['to some time in 2019 from an exact month', r('postpaid', '2019-06', '2019'), 'possible', 'maybe-active-during'],
    ['unknown to unknown', r('postpaid', 'unknown', 'unknown'), 'possible', 'maybe-active-during'],
    ['unknown start, ended before', r('postpaid', 'unknown', '2019-10'), 'not-affected', 'ended-before'],
    ['unknown start, ended inside', r('postpaid', 'unknown', '2019-12'), 'possible', 'maybe-active-during'],
    ['unknown start, ended after', r('postpaid', 'unknown', '2020-02'), 'possible', 'maybe-active-during'],
    ['2019-10 with unknown end', r('postpaid', '2019-10', 'unknown'), 'possible', 'maybe-active-during'],
    ['prepaid inside: partial population', r('prepaid', '2019-11', 'present'), 'possible', 'active-during'],
    ['another type', r('metro', '2019-11', 'present'), 'not-affected', 'type-not-concerned'],
  ])('%s', (_name, relationship, status, code) => {
    const result = statusOf('2019-11-prepaid', [relationship]);
    expect(result.status).toBe(status);
    expect(result.reasons.map((x) => x.code)).toContain(code);
  });

  it('says where a certain overlap lies, in ISO months', () => {
    const reason = statusOf('2019-11-prepaid', [r('postpaid', '2019-11', 'present')]).reasons[0];
    expect(reason).toMatchObject({
      code: 'active-during',
      relationshipIndex: 0,
      relationship: 'postpaid',
      populationId: 'P1',
      months: { from: '2019-12', to: '2019-12' },
    });
  });

  it('says when a relationship began for "began after"', () => {
    expect(statusOf('2019-11-prepaid', [r('postpaid', '2022-03', 'present')]).reasons).toEqual([
      {
        code: 'began-after',
        relationshipIndex: 0,
        relationship: 'postpaid',
        values: { began: '2022-03', windowFrom: '2019-11', windowTo: '2019-12' },
      },
    ]);
  });

  it('explains a partial population', () => {
    const codes = statusOf('2019-11-prepaid', [r('prepaid', '2019-11', 'present')]).reasons.map((x) => x.code);
    expect(codes).toEqual(['active-during', 'partial-population']);
  });

  it('the strongest of several relationships wins, with both reasons', () => {
    const result = statusOf('2019-11-prepaid', [r('prepaid', '2019-11', 'present'), r('postpaid', '2010', '2020-01')]);
    expect(result.status).toBe('likely');
    expect(result.populations).toEqual(['P1', 'P2']);
    expect(result.fields).toEqual(['name', 'phone', 'ssn']);
  });
});

describe('applications are events (Sep 2013 – Sep 2015)', () => {
  it.each<[string, RelationshipAnswer, Status]>([
    ['the month before', r('applicant', '2013-08'), 'not-affected'],
    ['the first month (whole: from the 1st)', r('applicant', '2013-09'), 'likely'],
    ['the last month (partial)', r('applicant', '2015-09'), 'possible'],
    ['the month after', r('applicant', '2015-10'), 'not-affected'],
    ['a year fully inside', r('applicant', '2014'), 'likely'],
    ['a year partly inside (2013)', r('applicant', '2013'), 'possible'],
    ['a year partly inside (2015)', r('applicant', '2015'), 'possible'],
    ['a year outside', r('applicant', '2012'), 'not-affected'],
    ['does not remember', r('applicant', 'unknown'), 'possible'],
    ['applied several times, 2012 to 2014', r('applicant', '2012-01', '2014-01'), 'possible'],
    ['applied several times, inside', r('applicant', '2014-01', '2015-02'), 'likely'],
    ['an application long before is not an ongoing relationship', r('applicant', '2010-05'), 'not-affected'],
  ])('%s', (_name, relationship, status) => {
    expect(statusOf('2015-09-experian', [relationship]).status).toBe(status);
  });

  it('reasons name the application month', () => {
    expect(statusOf('2015-09-experian', [r('applicant', '2015-10')]).reasons).toEqual([
      {
        code: 'applied-outside',
        relationshipIndex: 0,
        relationship: 'applicant',
        values: { applied: '2015-10', windowFrom: '2013-09', windowTo: '2015-09' },
      },
    ]);
  });
});

describe('began-by, ended-by, no-window, weak sources, exclusions', () => {
  it.each<[string, RelationshipAnswer, Status, string]>([
    ['applied in the (partial) month of `by`', r('applicant', '2021-08'), 'possible', 'maybe-began-by'],
    ['applied the month before `by`', r('applicant', '2021-07'), 'likely', 'began-by'],
    ['applied the month after `by`', r('applicant', '2021-09'), 'not-affected', 'began-after'],
    ['applied in the (partial) first month of `since`', r('applicant', '2015-01'), 'possible', 'maybe-began-by'],
    ['applied the month after `since`', r('applicant', '2015-02'), 'likely', 'began-by'],
    ['applied the month before `since`', r('applicant', '2014-12'), 'not-affected', 'began-before'],
    ['applied some time in 2021', r('applicant', '2021'), 'possible', 'maybe-began-by'],
    ['applied, does not remember when', r('applicant', 'unknown'), 'possible', 'maybe-began-by'],
    ['applied from 2014 until 2016', r('applicant', '2014-06', '2016'), 'possible', 'maybe-began-by'],
    [
      'former customer, left in the (partial) month of `by`',
      r('postpaid', '2010', '2021-08'),
      'possible',
      'maybe-ended-by',
    ],
    ['former customer, left the month before `by`', r('postpaid', '2010', '2021-07'), 'likely', 'ended-by'],
    ['left the month after `by`', r('postpaid', '2010', '2021-09'), 'not-affected', 'not-ended-by'],
    ['still a customer', r('postpaid', '2010', 'present'), 'not-affected', 'not-ended-by'],
    ['left, does not remember when', r('postpaid', '2010', 'unknown'), 'possible', 'maybe-ended-by'],
    ['left some time in 2021', r('postpaid', '2010', '2021'), 'possible', 'maybe-ended-by'],
    ['no end given', r('postpaid', '2010'), 'possible', 'maybe-ended-by'],
    ['became a customer after `by`', r('postpaid', '2021-09', '2022'), 'not-affected', 'began-after'],
    ['no published window: possible at best', r('metro', '2000-01', 'present'), 'possible', 'no-window'],
    ['no published window, began after', r('metro', '2021-09', 'present'), 'not-affected', 'began-after'],
    ['weak sources: possible at best', r('employee', '2021-08', '2021-08'), 'possible', 'low-confidence'],
    // A member with its own partial reach: its inclusion is uncertain, which the reason says.
    ['member-level partial reach', r('prepaid', '2021-08', 'present'), 'possible', 'uncertain-member'],
    ['excluded group is cited', r('sprint', '2015', '2020'), 'not-affected', 'excluded-group'],
  ])('%s', (_name, relationship, status, code) => {
    const result = statusOf('2021-08-cyberattack', [relationship]);
    expect(result.status).toBe(status);
    expect(result.reasons.map((x) => x.code)).toContain(code);
  });

  it('member-level partial reach says "uncertain member", not "only part of this group"', () => {
    const codes = statusOf('2021-08-cyberattack', [r('prepaid', '2021-08', 'present')]).reasons.map((x) => x.code);
    expect(codes).toContain('uncertain-member');
    expect(codes).not.toContain('partial-population');
  });

  it('began-by: starting in the `by` month is only possible; a whole `since` month counts', () => {
    const catalog = [
      incident('2015-09-experian', [
        population('P1', {
          members: [
            {
              relationship: 'postpaid',
              membership: { kind: 'began-by', by: '2015-09', since: '2013-09', sinceWholeMonth: true },
            },
          ],
        }),
      ]),
    ];
    const statusFor = (rel: RelationshipAnswer) =>
      assess({ relationships: [rel] }, { asOf: AS_OF, catalog }).incidents[0]?.status;
    expect(statusFor(r('postpaid', '2015-08', 'present'))).toBe('likely');
    expect(statusFor(r('postpaid', '2015-09', 'present'))).toBe('possible');
    expect(statusFor(r('postpaid', '2015-10', 'present'))).toBe('not-affected');
    expect(statusFor(r('postpaid', '2013-09', 'present'))).toBe('likely');
  });

  it('an exclusion never clears someone who matches another population', () => {
    const catalog = [
      incident(
        '2021-08-cyberattack',
        [
          population('P1', {
            reach: 'partial',
            members: [{ relationship: 'sprint', membership: { kind: 'no-window', by: '2021-08' } }],
          }),
        ],
        { excluded: MIXED.excluded },
      ),
    ];
    const result = assess({ relationships: [r('sprint', '2015', '2020')] }, { asOf: AS_OF, catalog }).incidents[0];
    expect(result?.status).toBe('possible');
    expect(result?.reasons.map((x) => x.code)).toEqual(['no-window', 'partial-population', 'excluded-group']);
  });
});

describe('fields and actions', () => {
  it('fields carry the strongest status and their incidents; likely first', () => {
    const { fields } = assess(
      {
        relationships: [
          r('postpaid', '2019-10', '2020-01'),
          r('prepaid', '2019-10', '2020-01'),
          r('applicant', 'unknown'),
        ],
      },
      { asOf: AS_OF, catalog: CATALOG },
    );
    expect(fields).toEqual([
      { id: 'name', status: 'likely', incidents: ['2019-11-prepaid'] },
      // a former postpaid customer by Aug 2021 (ended-by, broad)
      { id: 'address', status: 'likely', incidents: ['2021-08-cyberattack'] },
      { id: 'ssn', status: 'likely', incidents: ['2015-09-experian', '2019-11-prepaid'] },
      { id: 'phone', status: 'possible', incidents: ['2019-11-prepaid'] },
      { id: 'drivers_license', status: 'possible', incidents: ['2021-08-cyberattack'] },
    ]);
  });

  it('nothing found: no fields, no actions', () => {
    const result = assess({ relationships: [r('postpaid', '2024-01', 'present')] }, { asOf: AS_OF, catalog: CATALOG });
    expect(result.incidents.map((i) => i.status)).toEqual(['not-affected', 'not-affected', 'not-affected']);
    expect(result.fields).toEqual([]);
    expect(result.actions).toEqual([]);
  });

  it('the settlement is shown as ended after its deadline, open before it', () => {
    const answers = { relationships: [r('postpaid', '2010', '2021-08')] };
    const after = assess(answers, { asOf: AS_OF, catalog: CATALOG }).actions.find((a) => a.id === 'settlement-2021');
    expect(after).toMatchObject({ available: false, availability: 'ended', endedOn: '2023-01-23' });
    const before = assess(answers, { asOf: '2022-12-01', catalog: CATALOG }).actions.find(
      (a) => a.id === 'settlement-2021',
    );
    expect(before).toMatchObject({ available: true, availability: 'open' });
  });
});

describe('as-of date and untrusted input', () => {
  it('is deterministic and JSON-serializable', () => {
    const answers = { relationships: [r('postpaid', '2019', 'present'), r('applicant', 'unknown')] };
    const a = assess(answers, { asOf: AS_OF, catalog: CATALOG });
    expect(assess(answers, { asOf: AS_OF, catalog: CATALOG })).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.asOf).toBe(AS_OF);
  });

  it('"present" and unknown ends stop at the as-of month', () => {
    expect(statusOf('2019-11-prepaid', [r('postpaid', '2019-10', 'present')], '2019-10-31').status).toBe(
      'not-affected',
    );
    expect(statusOf('2019-11-prepaid', [r('postpaid', '2019-10', 'unknown')], '2019-10-31').status).toBe(
      'not-affected',
    );
    expect(statusOf('2019-11-prepaid', [r('postpaid', '2019-10', 'present')], '2019-11-01').status).toBe('likely');
    expect(statusOf('2019-11-prepaid', [r('postpaid', '2019-10', 'unknown')], '2019-11-01').status).toBe('possible');
  });

  it('rejects an invalid as-of date', () => {
    expect(() => assess({ relationships: [r('postpaid', '2019')] }, { asOf: '2024-13-01' })).toThrow(RangeError);
    expect(assessInput({ relationships: [r('postpaid', '2019')] }, { asOf: 'yesterday' })).toEqual({
      ok: false,
      errors: [{ path: ['asOf'], code: 'as-of-invalid' }],
    });
  });

  it('assessInput returns errors for invalid answers, judged against the as-of date', () => {
    expect(assessInput({ relationships: [r('postpaid', '2024-07')] }, { asOf: AS_OF, catalog: CATALOG })).toEqual({
      ok: false,
      errors: [{ path: ['relationships', 0, 'from'], code: 'date-in-future' }],
    });
    expect(assessInput({ relationships: [r('postpaid', '2024-06')] }, { asOf: AS_OF, catalog: CATALOG }).ok).toBe(true);
  });

  it('defaults to today when no as-of date is given', () => {
    const result = assess({ relationships: [r('postpaid', '2019')] }, { catalog: CATALOG });
    expect(result.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
