import type { IncidentData } from '../types';

/**
 * March 2020, hacked employee mailboxes at T-Mobile's email vendor. Fact
 * sheet section 5. The mailboxes held data on customers, current and past
 * alike, and on employees; no time window and no count were published, so
 * every customer type and employees qualify (`no-window`), partial.
 * P1 is the common data set; P2 the subset whose SSN, financial account or
 * government ID was also exposed (the other notice variant).
 * Sprint (merged only later) and credit applicants are not mentioned.
 */
const members = [
  { relationship: 'postpaid', membership: { kind: 'no-window', by: '2020-03' } },
  { relationship: 'prepaid', membership: { kind: 'no-window', by: '2020-03' } },
  { relationship: 'metro', membership: { kind: 'no-window', by: '2020-03' } },
  { relationship: 'employee', membership: { kind: 'no-window', by: '2020-03' } },
] as const;

export const INCIDENT_2020_03 = {
  id: '2020-03-email-vendor',
  accessBegan: { kind: 'unknown' },
  discovered: { kind: 'unknown' },
  disclosed: { kind: 'known', date: '2020-03-04', until: '2020-03-05', approximate: true, sources: ['REG20', 'HGT20'] },
  populations: [
    {
      id: 'P1',
      members,
      reach: 'partial',
      counts: [
        {
          id: 'not-disclosed',
          value: null,
          approximate: false,
          unit: 'customers',
          nature: 'company',
          sources: ['ZD20', 'seed003'],
          confidence: 'M',
        },
      ],
      exposed: ['name', 'address', 'phone', 'account_number', 'rate_plan', 'billing_info'],
      notExposed: ['financial_account', 'payment_card', 'ssn'],
      confidence: 'M',
      sources: ['seed003', 'ZD20', 'AC20'],
    },
    {
      id: 'P2',
      members,
      reach: 'partial',
      counts: [
        {
          id: 'not-disclosed',
          value: null,
          approximate: false,
          unit: 'customers',
          nature: 'company',
          sources: ['ZD20', 'seed003'],
          confidence: 'M',
        },
      ],
      exposed: [
        'name',
        'address',
        'phone',
        'account_number',
        'rate_plan',
        'billing_info',
        'ssn',
        'financial_account',
        'government_id',
      ],
      notExposed: [],
      confidence: 'M',
      sources: ['seed003', 'ZD20'],
    },
  ],
  notExposed: [],
  offers: [
    { id: 'update-pin', kind: 'advice', status: 'open', sources: ['seed003', 'ZD20'] },
    // Probably only for the sensitive subset (open question 5); enrolment period not published.
    { id: 'credit-monitoring', kind: 'offer', status: 'unknown', sources: ['HGT20'] },
  ],
  totals: [],
  sources: ['seed003', 'ZD20', 'AC20', 'REG20', 'HGT20'],
} as const satisfies IncidentData;
