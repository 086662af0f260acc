import type { Incident } from '../types';

/**
 * December 2020, call-related information (CPNI). Fact sheet section 4.
 * About 200,000 customers "of unstated type" (open question 4): every
 * customer type active in Dec 2020 qualifies, partial.
 * Sprint customers who stayed on after the April 2020 merger were T-Mobile
 * customers by then; the sources neither include nor exclude them (open
 * questions 3 and 4), so `sprint` active in Dec 2020 is a member with its own
 * partial reach: possible at most, with the "uncertain-member" reason.
 * Only the stop (early Dec 2020) is known: the start is undisclosed.
 */
export const INCIDENT_2020_12 = {
  id: '2020-12-cpni',
  accessBegan: { kind: 'unknown' },
  // "activity stopped in early Dec 2020"
  discovered: { kind: 'known', date: '2020-12', approximate: true, sources: ['J4Y'] },
  // notices from about 30 Dec 2020; press coverage 4–5 Jan 2021
  disclosed: { kind: 'known', date: '2020-12-30', approximate: true, sources: ['J4Y', 'WT21', 'AC21'] },
  populations: [
    {
      id: 'P1',
      members: [
        {
          relationship: 'postpaid',
          membership: { kind: 'active-during', from: '2020-12', to: '2020-12', startUndisclosed: true },
        },
        {
          relationship: 'prepaid',
          membership: { kind: 'active-during', from: '2020-12', to: '2020-12', startUndisclosed: true },
        },
        {
          relationship: 'metro',
          membership: { kind: 'active-during', from: '2020-12', to: '2020-12', startUndisclosed: true },
        },
        {
          relationship: 'sprint',
          // Before the merger (1 April 2020) a Sprint customer was not a T-Mobile customer.
          membership: {
            kind: 'active-during',
            from: '2020-12',
            to: '2020-12',
            startUndisclosed: true,
            notBefore: '2020-04',
          },
          reach: 'partial',
        },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2020-12-customers',
          value: 200_000,
          approximate: true,
          unit: 'customers',
          nature: 'press',
          sources: ['AC21'],
          confidence: 'M',
        },
      ],
      exposed: ['phone', 'number_of_lines', 'call_records_cpni'],
      notExposed: [
        'name',
        'address',
        'email',
        'financial_account',
        'payment_card',
        'ssn',
        'password_hash',
        'account_pin',
      ],
      confidence: 'M',
      sources: ['WT21', 'AC21', 'MP20'],
    },
  ],
  notExposed: ['name', 'address', 'email', 'financial_account', 'payment_card', 'ssn', 'password_hash', 'account_pin'],
  offers: [
    { id: 'notices', kind: 'measure', status: 'ended', sources: ['J4Y'] },
    { id: 'no-monitoring', kind: 'measure', status: 'ended', sources: ['J4Y'] },
  ],
  totals: [],
  sources: ['WT21', 'AC21', 'MP20', 'J4Y'],
} as const satisfies Incident;
