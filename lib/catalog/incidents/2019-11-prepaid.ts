import type { Incident } from '../types';

/**
 * November 2019, T-Mobile prepaid accounts. Fact sheet section 6.
 * Fewer than 1.5% of about 84M customers (press: >1M or ≈1.26M): partial.
 * Lapsed prepaid customers were told they could ask privacy@t-mobile.com,
 * so former prepaid customers qualify too (partial).
 */
export const INCIDENT_2019_11 = {
  id: '2019-11-prepaid',
  accessBegan: { kind: 'unknown' },
  // found and stopped early Nov 2019
  discovered: { kind: 'known', date: '2019-11', approximate: true, sources: ['NH19'] },
  disclosed: { kind: 'known', date: '2019-11-22', approximate: false, sources: ['NH19'] },
  populations: [
    {
      id: 'P1',
      members: [
        // Found and stopped early Nov 2019; when access began is not disclosed.
        {
          relationship: 'prepaid',
          membership: { kind: 'active-during', from: '2019-11', to: '2019-11', startUndisclosed: true },
        },
        { relationship: 'prepaid', membership: { kind: 'ended-by', by: '2019-11' } },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2019-share',
          value: null,
          approximate: true,
          unit: 'customers',
          nature: 'company',
          date: '2019-11-22',
          sources: ['NH19'],
          confidence: 'M',
        },
        {
          id: 'i2019-giz',
          value: 1_000_000,
          approximate: false,
          unit: 'customers',
          nature: 'press',
          sources: ['GIZ19', 'seed003'],
          confidence: 'L',
        },
        {
          id: 'i2019-fierce',
          value: 1_260_000,
          approximate: true,
          unit: 'customers',
          nature: 'press',
          sources: ['FN19'],
          confidence: 'L',
        },
      ],
      exposed: ['name', 'address', 'phone', 'account_number', 'rate_plan'],
      notExposed: ['financial_account', 'payment_card', 'ssn', 'password_hash'],
      confidence: 'M',
      sources: ['NH19', 'FN19', 'SG19'],
    },
  ],
  notExposed: ['financial_account', 'payment_card', 'ssn', 'password_hash'],
  offers: [{ id: 'update-pin', kind: 'advice', status: 'open', sources: ['NH19', 'FN19'] }],
  totals: [],
  sources: ['NH19', 'FN19', 'SG19', 'GIZ19', 'seed003'],
} as const satisfies Incident;
