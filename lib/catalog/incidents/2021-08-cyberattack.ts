import type { Incident } from '../types';

/**
 * August 2021 cyberattack. Fact sheet section 1. Populations P1–P8 mirror the
 * fact sheet's table, in its order; P9 (employees) is ours, see below.
 *
 * Modelling choices (why):
 * - P1/P2 are the current postpaid accounts (7.8M + 5.3M). The team's rule
 *   is that "current postpaid" is broad: a current postpaid customer in Aug
 *   2021 is told "likely".
 * - P3 has no published cutoff (open question 1): any credit application
 *   before Aug 2021 qualifies (`no-window`), and so does any postpaid
 *   relationship that had ended by then (a former postpaid customer had
 *   applied for credit). Former Sprint customers are added here with a
 *   partial reach: T-Mobile said former Sprint prepaid and Boost customers
 *   were not exposed, but never addressed former Sprint postpaid (open
 *   question 3), and the `sprint` answer cannot tell the two apart.
 * - P6 (inactive prepaid): the source says only "some additional
 *   information" from prepaid billing files; `billing_info` is the closest
 *   field and the page says the detail was not disclosed.
 * - P8 (files with only phone/IMEI/IMSI) has no stated relationship: every
 *   customer type qualifies, partial.
 * - P9 is ours, not a group the sources name: no source says employees'
 *   own data was exposed in 2021, and T-Mobile denied an employee-data claim
 *   in Sep 2023 (open question 9). No source rules it out either, so
 *   employees whose employment began by Aug 2021 stay "possible" (member
 *   with its own partial reach, confidence L) with NO exposed field: we do
 *   not invent data, and the engine says that it claims none.
 * - The settlement site lists more fields for all populations together
 *   (MSISDN, PIN, PUK...): they are in the incident summary and in the
 *   `SET` source, not spread over populations the sources did not name.
 */
export const INCIDENT_2021_08 = {
  id: '2021-08-cyberattack',
  // The attacker's own claim (July router, servers around 4 Aug), matched by the Massachusetts AG ("breached in July 2021").
  accessBegan: { kind: 'known', date: '2021-07', approximate: true, sources: ['TG2', 'MASS'] },
  // T-Mobile heard of forum claims "late last week" (statement of 17 Aug).
  discovered: { kind: 'known', date: '2021-08-12', until: '2021-08-14', approximate: true, sources: ['TM21c'] },
  disclosed: { kind: 'known', date: '2021-08-16', approximate: false, sources: ['TM21b', 'seed002'] },
  populations: [
    {
      id: 'P1',
      members: [{ relationship: 'postpaid', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } }],
      reach: 'broad',
      counts: [
        {
          id: 'i2021-p1',
          value: 7_800_000,
          approximate: true,
          unit: 'accounts',
          nature: 'company',
          date: '2021-08-17',
          sources: ['TM21c'],
          confidence: 'H',
        },
      ],
      // phone, imei, imsi were added on 20 Aug: the 17 Aug "no phone numbers" was reversed.
      exposed: ['name', 'date_of_birth', 'ssn', 'drivers_license', 'government_id', 'phone', 'imei', 'imsi'],
      notExposed: ['account_number', 'account_pin', 'password_hash', 'financial_account', 'payment_card'],
      confidence: 'H',
      sources: ['TM21c', 'TM21a'],
    },
    {
      id: 'P2',
      members: [{ relationship: 'postpaid', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } }],
      reach: 'broad',
      counts: [
        {
          id: 'i2021-p2',
          value: 5_300_000,
          approximate: true,
          unit: 'accounts',
          nature: 'company',
          date: '2021-08-20',
          sources: ['TM21a'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'address', 'date_of_birth', 'phone', 'imei', 'imsi'],
      notExposed: ['ssn', 'drivers_license'],
      confidence: 'H',
      sources: ['TM21a'],
    },
    {
      id: 'P3',
      members: [
        { relationship: 'applicant', membership: { kind: 'no-window', by: '2021-08' } },
        { relationship: 'postpaid', membership: { kind: 'ended-by', by: '2021-08' } },
        { relationship: 'sprint', membership: { kind: 'no-window', by: '2021-08' }, reach: 'partial' },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2021-p3',
          value: 40_000_000,
          approximate: true,
          unit: 'records',
          nature: 'company',
          date: '2021-08-17',
          sources: ['TM21c'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'date_of_birth', 'ssn', 'drivers_license', 'government_id'],
      notExposed: ['phone', 'account_number', 'account_pin', 'password_hash', 'financial_account'],
      confidence: 'H',
      sources: ['TM21c', 'TM21a'],
    },
    {
      id: 'P4',
      members: [
        { relationship: 'postpaid', membership: { kind: 'ended-by', by: '2021-08' } },
        { relationship: 'prepaid', membership: { kind: 'ended-by', by: '2021-08' } },
        { relationship: 'metro', membership: { kind: 'ended-by', by: '2021-08' } },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'i2021-p4',
          value: 667_000,
          approximate: true,
          unit: 'accounts',
          nature: 'company',
          date: '2021-08-20',
          sources: ['TM21a'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'phone', 'address', 'date_of_birth'],
      notExposed: ['ssn', 'drivers_license'],
      confidence: 'H',
      sources: ['TM21a'],
    },
    {
      id: 'P5',
      members: [{ relationship: 'prepaid', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } }],
      reach: 'partial',
      counts: [
        {
          id: 'i2021-p5',
          value: 850_000,
          approximate: true,
          unit: 'customers',
          nature: 'company',
          date: '2021-08-17',
          sources: ['TM21c'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'phone', 'account_pin'],
      notExposed: [],
      confidence: 'H',
      sources: ['TM21c', 'DT'],
    },
    {
      id: 'P6',
      members: [{ relationship: 'prepaid', membership: { kind: 'ended-by', by: '2021-08' } }],
      reach: 'partial',
      counts: [
        {
          id: 'not-disclosed',
          value: null,
          approximate: false,
          unit: 'customers',
          nature: 'press',
          sources: ['CM'],
          confidence: 'M',
        },
      ],
      exposed: ['billing_info'],
      notExposed: ['financial_account', 'payment_card', 'ssn'],
      confidence: 'M',
      sources: ['CM'],
    },
    {
      id: 'P7',
      members: [{ relationship: 'metro', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } }],
      reach: 'partial',
      counts: [
        {
          id: 'i2021-p7',
          value: 52_000,
          approximate: true,
          unit: 'names',
          nature: 'press',
          sources: ['SW', 'HB'],
          confidence: 'M',
        },
      ],
      exposed: ['name'],
      notExposed: [],
      confidence: 'M',
      sources: ['SW', 'HB', 'FORT', 'TM21c'],
    },
    {
      id: 'P8',
      members: [
        { relationship: 'postpaid', membership: { kind: 'no-window', by: '2021-08' } },
        { relationship: 'prepaid', membership: { kind: 'no-window', by: '2021-08' } },
        { relationship: 'metro', membership: { kind: 'no-window', by: '2021-08' } },
      ],
      reach: 'partial',
      counts: [
        {
          id: 'not-disclosed',
          value: null,
          approximate: false,
          unit: 'records',
          nature: 'press',
          sources: ['SW'],
          confidence: 'L',
        },
      ],
      exposed: ['phone', 'imei', 'imsi'],
      notExposed: [],
      confidence: 'L',
      sources: ['SW'],
    },
    {
      // Open question 9: not a group the sources name (see the comment above).
      id: 'P9',
      members: [{ relationship: 'employee', membership: { kind: 'no-window', by: '2021-08' }, reach: 'partial' }],
      reach: 'partial',
      counts: [
        {
          id: 'i2021-p9',
          value: null,
          approximate: false,
          unit: 'people',
          nature: 'estimate',
          sources: ['TM21c', 'TM21a'],
          confidence: 'L',
        },
      ],
      // No source says any employee data was exposed: none is claimed.
      exposed: [],
      notExposed: [],
      confidence: 'L',
      sources: ['TM21c', 'TM21a'],
    },
  ],
  // Whole incident: no financial, credit/debit or payment information.
  notExposed: ['financial_account', 'payment_card'],
  excluded: [
    // "no former Sprint prepaid or Boost customers had names or PINs exposed" (17 Aug).
    { id: 'sprint-prepaid-boost', relationships: ['sprint'], confidence: 'H', sources: ['TM21c'] },
  ],
  offers: [
    // Two years of McAfee ID Theft Protection; probably ended, end date unknown (open question 7).
    { id: 'mcafee', kind: 'offer', status: 'unknown', sources: ['TM21c', 'MCN', 'seed000'] },
    { id: 'postpaid-pin', kind: 'advice', status: 'open', sources: ['IT21', 'PIN'] },
    { id: 'account-takeover-protection', kind: 'advice', status: 'open', sources: ['IT21', 'ATP'] },
    { id: 'prepaid-pin-reset', kind: 'measure', status: 'ended', sources: ['ATP'] },
    { id: 'scam-shield', kind: 'offer', status: 'open', sources: ['seed000', 'MR', 'SS'] },
    { id: 'notices', kind: 'measure', status: 'ended', sources: ['NHUB', 'MR', 'seed000'] },
    // Claims closed 23 Jan 2023; final approval 29 Jun 2023; payments expected from 2025.
    {
      id: 'settlement',
      kind: 'offer',
      status: 'ended',
      endedOn: '2023-01-23',
      sources: ['SET', 'SUN', 'MOLW', 'MOLW22', 'LAW360', 'CAO', 'AUD', 'LG', 'USD', 'NB'],
    },
  ],
  totals: [
    {
      id: 'i2021-claim',
      value: 100_000_000,
      approximate: false,
      unit: 'people',
      nature: 'claim',
      date: '2021-08-15',
      sources: ['UD', 'TG2', 'seed002'],
      confidence: 'L',
    },
    {
      id: 'i2021-prelim',
      value: 48_600_000,
      approximate: true,
      unit: 'people',
      nature: 'company',
      date: '2021-08-17',
      sources: ['TM21c'],
      confidence: 'H',
    },
    {
      id: 'i2021-update',
      value: 54_600_000,
      approximate: true,
      unit: 'people',
      nature: 'company',
      date: '2021-08-20',
      sources: ['TM21a', 'MCN'],
      confidence: 'H',
    },
    {
      id: 'i2021-ceo',
      value: 50_000_000,
      approximate: false,
      unit: 'people',
      nature: 'company',
      date: '2021-08-27',
      sources: ['TM21d', 'MR', 'seed000'],
      confidence: 'H',
    },
    {
      id: 'i2021-caag',
      value: 53_000_000,
      approximate: false,
      unit: 'people',
      nature: 'regulator',
      date: '2022-03-02',
      sources: ['CAAG'],
      confidence: 'M',
    },
    {
      id: 'i2021-settlement',
      value: 76_600_000,
      approximate: true,
      unit: 'people',
      nature: 'settlement',
      sources: ['SET', 'MOLW'],
      confidence: 'H',
    },
    {
      id: 'i2021-cp',
      value: 80_000_000,
      approximate: true,
      unit: 'people',
      nature: 'press',
      date: '2023-01',
      sources: ['CP'],
      confidence: 'L',
    },
  ],
  sources: [
    'TM21a',
    'TM21b',
    'TM21c',
    'TM21d',
    'IT21',
    'ATP',
    'MR',
    'NHUB',
    'DT',
    'CM',
    'SW',
    'HB',
    'FORT',
    'MCN',
    'TG2',
    'BMT',
    'ITRC',
    'MASS',
    'CAAG',
    'CTAG',
    'SET',
    'CAO',
    'MOLW',
    'MOLW22',
    'LAW360',
    'SUN',
    'NB',
    'AUD',
    'LG',
    'USD',
    'CP',
    'UD',
    'seed000',
    'seed002',
  ],
} as const satisfies Incident;
