import type { Incident } from '../types';

/**
 * Experian, September 2015. Fact sheet section 8.
 * About 15M people who applied for T-Mobile postpaid service or device
 * financing with a credit check between 1 Sep 2013 and 16 Sep 2015,
 * customers or not: broad for the `applicant` answer.
 * A postpaid customer who signed up in that window went through that credit
 * check, so a postpaid relationship that began in the window qualifies too
 * (broad); any postpaid customer during the window may have financed a
 * device with a credit check (partial).
 * SSN and ID numbers sat in encrypted fields whose encryption "may have been
 * compromised": counted as exposed, the cautious reading.
 */
export const INCIDENT_2015_09 = {
  id: '2015-09-experian',
  accessBegan: { kind: 'unknown' },
  discovered: { kind: 'known', date: '2015-09-15', approximate: false, sources: ['THR15', 'EXP15'] },
  disclosed: { kind: 'known', date: '2015-10-01', approximate: false, sources: ['THR15', 'EXP15'] },
  populations: [
    {
      id: 'P1',
      members: [
        // From 1 Sep 2013 (a whole month) to 16 Sep 2015 (a partial one): an
        // application in September 2015 is only possible.
        {
          relationship: 'applicant',
          membership: { kind: 'active-during', from: '2013-09', to: '2015-09', fromWholeMonth: true },
        },
        // Same edges for a postpaid customer who signed up in the window.
        {
          relationship: 'postpaid',
          membership: { kind: 'began-by', by: '2015-09', since: '2013-09', sinceWholeMonth: true },
        },
        {
          relationship: 'postpaid',
          membership: { kind: 'active-during', from: '2013-09', to: '2015-09', fromWholeMonth: true },
          reach: 'partial',
        },
      ],
      reach: 'broad',
      counts: [
        {
          id: 'i2015-applicants',
          value: 15_000_000,
          approximate: true,
          unit: 'people',
          nature: 'company',
          sources: ['EXP15', 'DCAG15'],
          confidence: 'M',
        },
        {
          id: 'i2015-class',
          value: 16_000_000,
          approximate: true,
          unit: 'people',
          nature: 'settlement',
          sources: ['EXPSET'],
          confidence: 'H',
        },
      ],
      exposed: ['name', 'address', 'date_of_birth', 'ssn', 'drivers_license', 'government_id'],
      notExposed: ['payment_card', 'financial_account'],
      confidence: 'M',
      sources: ['EXP15', 'DCAG15'],
    },
  ],
  notExposed: ['payment_card', 'financial_account'],
  offers: [
    // two years from 2015
    { id: 'protectmyid', kind: 'offer', status: 'ended', sources: ['DCAG15'] },
    { id: 'class-settlement', kind: 'offer', status: 'ended', endedOn: '2019-04-11', sources: ['EXPSET'] },
    // 40-state AG settlement, Nov 2022: 5 years of free credit monitoring; enrolment terms not in the sources.
    { id: 'ag-settlement', kind: 'offer', status: 'unknown', sources: ['WILK', 'MNAG'] },
  ],
  totals: [],
  sources: ['EXP15', 'THR15', 'DCAG15', 'EXPSET', 'WILK', 'MNAG'],
} as const satisfies Incident;
