import type { IncidentData } from '../types';

/**
 * 836 customers, Feb–Mar 2023. Fact sheet section 3. The customer type is
 * unknown (open question 4), so every customer type active during the access
 * window qualifies, partial (836 people). That includes Sprint customers who
 * stayed on after the April 2020 merger, whom the sources never mention
 * either way (open questions 3 and 4): `sprint` is a member with its own
 * partial reach, possible at most ("uncertain-member" reason).
 * "Contact info" is not broken down by the sources; we read it as address,
 * email and phone (the cautious reading: it can only add advice).
 */
export const INCIDENT_2023_04 = {
  id: '2023-04-pin',
  accessBegan: {
    kind: 'known',
    date: '2023-02-24',
    until: '2023-03-30',
    approximate: false,
    sources: ['HNS', 'SECMAG'],
  },
  // The day is disputed (27 Mar per GH23, 28 Mar per SP23, both L): the month is what the sources share.
  discovered: { kind: 'known', date: '2023-03', approximate: false, sources: ['HNS', 'SECMAG', 'GH23', 'SP23'] },
  // Letters dated about 28 Apr 2023, filed with the Maine AG.
  disclosed: { kind: 'known', date: '2023-04-28', approximate: true, sources: ['HNS', 'SECMAG'] },
  populations: [
    {
      id: 'P1',
      members: [
        { relationship: 'postpaid', membership: { kind: 'active-during', from: '2023-02', to: '2023-03' } },
        { relationship: 'prepaid', membership: { kind: 'active-during', from: '2023-02', to: '2023-03' } },
        { relationship: 'metro', membership: { kind: 'active-during', from: '2023-02', to: '2023-03' } },
        {
          relationship: 'sprint',
          membership: { kind: 'active-during', from: '2023-02', to: '2023-03' },
          reach: 'partial',
        },
        // Customers of carriers running on T-Mobile's network: the sources never say either way.
        {
          relationship: 'mvno',
          membership: { kind: 'active-during', from: '2023-02', to: '2023-03' },
          reach: 'partial',
        },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2023-04-customers',
          value: 836,
          approximate: false,
          unit: 'customers',
          nature: 'company',
          sources: ['HNS', 'SECMAG'],
          confidence: 'M',
        },
      ],
      exposed: [
        'name',
        'address',
        'email',
        'phone',
        'account_number',
        'account_pin',
        'ssn',
        'government_id',
        'date_of_birth',
        'billing_info',
        'rate_plan',
        'number_of_lines',
      ],
      notExposed: ['financial_account', 'call_records_cpni'],
      confidence: 'M',
      sources: ['HNS', 'SECMAG'],
    },
  ],
  notExposed: ['financial_account', 'call_records_cpni'],
  offers: [
    { id: 'pin-reset', kind: 'measure', status: 'ended', sources: ['HNS'] },
    // Two years from the letters of April 2023; no provider or enrolment deadline in any source read. Two years
    // ran out by mid-2025, so it is over for anyone who did not enrol then (the fact sheet's inference, L):
    // ended, with no date of its own.
    { id: 'credit-monitoring', kind: 'offer', status: 'ended', sources: ['HNS', 'SA23'] },
    { id: 'review-account', kind: 'advice', status: 'open', sources: ['HNS'] },
  ],
  totals: [],
  sources: ['HNS', 'SECMAG', 'SA23'],
} as const satisfies IncidentData;
