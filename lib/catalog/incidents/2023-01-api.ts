import type { Incident } from '../types';

/**
 * January 2023 API incident. Fact sheet section 2.
 * - P1: ~37M current postpaid and prepaid accounts, pulled from about 25 Nov
 *   2022 until detection on 5 Jan 2023: broad (the team's rule), although
 *   "many" accounts did not include the full data set. The window starts
 *   and ends mid-month (about 25 Nov, 5 Jan): a relationship seen only in
 *   November 2022 or January 2023 is a possible match, not a likely one.
 * - P1 also lists `sprint` with its own partial reach (possible at most,
 *   "uncertain-member" reason): Sprint customers who stayed on after the
 *   April 2020 merger held T-Mobile postpaid or prepaid accounts by late
 *   2022, but the sources never say whether Sprint-brand accounts, or lines
 *   outside the T-Mobile brand, are inside the 37M (open questions 3 and 8).
 * - P2: Metro (and Assurance) customers got notices according to a lawsuit
 *   [CED]; whether they are inside the 37M is open question 8: partial.
 * - Google Fi users (an MVNO, no relationship type of ours) are mentioned in
 *   the summary only.
 */
export const INCIDENT_2023_01 = {
  id: '2023-01-api',
  accessBegan: { kind: 'known', date: '2022-11-25', approximate: true, sources: ['8K23', 'seed004'] },
  discovered: { kind: 'known', date: '2023-01-05', approximate: false, sources: ['8K23'] },
  // seed004 says the statement was "released 5 January 2023": wrong, 5 Jan is the detection date; the 8-K was filed 19 Jan.
  disclosed: { kind: 'known', date: '2023-01-19', approximate: false, sources: ['8K23', 'ST23'] },
  populations: [
    {
      id: 'P1',
      members: [
        {
          relationship: 'postpaid',
          membership: { kind: 'active-during', from: '2022-11', to: '2023-01' },
        },
        {
          relationship: 'prepaid',
          membership: { kind: 'active-during', from: '2022-11', to: '2023-01' },
        },
        {
          relationship: 'sprint',
          membership: { kind: 'active-during', from: '2022-11', to: '2023-01' },
          reach: 'partial',
        },
      ],
      reach: 'broad',
      counts: [
        {
          id: 'i2023-01-accounts',
          value: 37_000_000,
          approximate: true,
          unit: 'accounts',
          nature: 'company',
          date: '2023-01-19',
          sources: ['8K23', 'seed004'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'address', 'email', 'phone', 'date_of_birth', 'account_number', 'number_of_lines', 'rate_plan'],
      notExposed: [
        'payment_card',
        'ssn',
        'drivers_license',
        'government_id',
        'password_hash',
        'account_pin',
        'financial_account',
        'call_records_cpni',
      ],
      confidence: 'H',
      sources: ['8K23', 'TMB23', 'seed004', 'CLICK'],
    },
    {
      id: 'P2',
      members: [
        {
          relationship: 'metro',
          membership: { kind: 'active-during', from: '2022-11', to: '2023-01' },
        },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'not-disclosed',
          value: null,
          approximate: false,
          unit: 'customers',
          nature: 'press',
          sources: ['CED'],
          confidence: 'M',
        },
      ],
      exposed: ['name', 'address', 'email', 'phone', 'date_of_birth', 'account_number', 'number_of_lines', 'rate_plan'],
      notExposed: [
        'payment_card',
        'ssn',
        'drivers_license',
        'government_id',
        'password_hash',
        'account_pin',
        'financial_account',
        'call_records_cpni',
      ],
      confidence: 'M',
      sources: ['CED', '8K23'],
    },
  ],
  notExposed: [
    'payment_card',
    'ssn',
    'drivers_license',
    'government_id',
    'password_hash',
    'account_pin',
    'financial_account',
    'call_records_cpni',
  ],
  offers: [
    { id: 'notices', kind: 'measure', status: 'ended', sources: ['TMB23'] },
    // No credit monitoring or PIN reset appears in the sources.
    { id: 'no-monitoring', kind: 'measure', status: 'ended', sources: ['TMB23', 'PIRG23'] },
    { id: 'phishing-warning', kind: 'advice', status: 'open', sources: ['CLICK', 'MIAG'] },
  ],
  totals: [],
  sources: ['8K23', 'TMB23', 'ST23', 'PIRG23', 'CLICK', 'MIAG', 'CED', 'LR', 'seed004'],
} as const satisfies Incident;
