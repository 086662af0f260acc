import type { Incident } from '../types';

/**
 * August 2018, about 2M T-Mobile and MetroPCS customers. Fact sheet section 7.
 * Account type not stated: every customer type active in Aug 2018 qualifies,
 * partial. Only the stop (20 Aug 2018) is known: the start is undisclosed.
 * "Billing ZIP" maps to `address` (part of it).
 * `password_hash`: a spokesperson said "encrypted" passwords were taken.
 */
export const INCIDENT_2018_08 = {
  id: '2018-08-account-data',
  accessBegan: { kind: 'unknown' },
  discovered: { kind: 'known', date: '2018-08-20', approximate: false, sources: ['DT18', 'LIF18'] },
  disclosed: { kind: 'known', date: '2018-08-23', until: '2018-08-24', approximate: false, sources: ['DT18', 'LIF18'] },
  populations: [
    {
      id: 'P1',
      members: [
        {
          relationship: 'postpaid',
          membership: { kind: 'active-during', from: '2018-08', to: '2018-08', startUndisclosed: true },
        },
        {
          relationship: 'prepaid',
          membership: { kind: 'active-during', from: '2018-08', to: '2018-08', startUndisclosed: true },
        },
        {
          relationship: 'metro',
          membership: { kind: 'active-during', from: '2018-08', to: '2018-08', startUndisclosed: true },
        },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2018-customers',
          value: 2_000_000,
          approximate: true,
          unit: 'customers',
          nature: 'press',
          sources: ['DT18', 'ITP18'],
          confidence: 'M',
        },
      ],
      exposed: ['name', 'address', 'phone', 'email', 'account_number', 'password_hash'],
      notExposed: ['financial_account', 'payment_card', 'ssn'],
      confidence: 'M',
      sources: ['DT18', 'ITP18', 'LIF18'],
    },
  ],
  notExposed: ['financial_account', 'payment_card', 'ssn'],
  offers: [],
  totals: [],
  sources: ['DT18', 'LIF18', 'ITP18'],
} as const satisfies Incident;
