// The checklist as a plan people finish: priorities follow what was LIKELY
// exposed and how sensitive it is; possible-only exposure is never "now";
// the fraud alert is the lighter alternative inside the credit freeze; the
// T-Mobile account steps are their own items, in the account group; steps
// that apply only to someone who still has an account do not count.
import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { assess } from '@/lib/assessment/assess';
import type { RelationshipAnswer } from '@/lib/answers/types';
import type { ActionResult, Assessment } from '@/lib/assessment/types';
import { RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';
import { parseAnswers } from '@/lib/answers/schema';

const AS_OF = '2026-11-29';
const plan = (...relationships: RelationshipAnswer[]): Assessment => assess({ relationships }, { asOf: AS_OF });
const now = (a: Assessment) => a.actions.filter((x) => x.priority === 'now').map((x) => x.id);
const byId = (a: Assessment, id: string) => a.actions.find((x) => x.id === id) as ActionResult;

describe('typical personas', () => {
  it('a postpaid customer since 2016 (month unknown): the credit freeze comes first, a handful of "now" items', () => {
    const a = plan({ type: 'postpaid', from: '2016', to: 'present' });
    expect(a.actions[0]).toMatchObject({ id: 'credit-freeze', priority: 'now', status: 'likely' });
    expect(now(a)).toEqual(['credit-freeze', 'change-account-pin', 'account-takeover-protection', 'sim-protection']);
    // possible-only exposures (bank account from March 2020, the 2018 password) are not urgent
    expect(byId(a, 'bank-and-card-watch').priority).toBe('thorough');
    expect(byId(a, 'change-passwords').priority).toBe('soon');
  });

  it('someone who remembers no dates at all gets no "now" item from possible exposures', () => {
    for (const type of RELATIONSHIP_TYPES) {
      const a = plan({ type, from: 'unknown', to: 'unknown' });
      for (const action of a.actions) if (action.status === 'possible') expect(action.priority).not.toBe('now');
    }
  });

  it('an employee hired in 2020 gets nothing "now" (no employee data is claimed for 2021)', () => {
    expect(now(plan({ type: 'employee', from: '2020', to: 'present' }))).toEqual([]);
  });

  it('a 2014 credit applicant: the freeze is "now" (Experian likely)', () => {
    expect(now(plan({ type: 'applicant', from: '2014-05' }))).toEqual(['credit-freeze']);
  });
});

describe('one item per task', () => {
  it('the fraud alert is inside the credit freeze, not an item of its own', () => {
    const a = plan({ type: 'postpaid', from: '2016', to: 'present' });
    expect(a.actions.map((x) => x.id)).not.toContain('fraud-alert');
    expect(byId(a, 'credit-freeze').alternative).toMatchObject({ id: 'fraud-alert', steps: 2 });
  });

  it('each T-Mobile account step keeps its own item, in the account group', () => {
    const a = plan({ type: 'postpaid', from: '2016', to: 'present' });
    const account = a.actions.filter((x) => x.group === 'account').map((x) => x.id);
    expect(account).toEqual(
      expect.arrayContaining([
        'change-account-pin',
        'account-takeover-protection',
        'sim-protection',
        'scam-shield',
        'mcafee-id-protection',
      ]),
    );
    expect(byId(a, 'credit-freeze').group).toBe('general');
  });
});

describe('what counts toward progress', () => {
  it('a former customer: account steps are flagged and do not count; the McAfee offer never counts', () => {
    const a = plan({ type: 'postpaid', from: '2016', to: '2022-03' });
    for (const id of ['change-account-pin', 'account-takeover-protection', 'sim-protection', 'scam-shield']) {
      expect(byId(a, id)).toMatchObject({ onlyIfStillCustomer: true, countsTowardProgress: false });
    }
    expect(byId(a, 'mcafee-id-protection')).toMatchObject({ available: false, countsTowardProgress: false });
    expect(byId(a, 'credit-freeze').countsTowardProgress).toBe(true);
  });

  it('property: an item counts exactly when it is a step to take that applies', () => {
    const month = fc
      .tuple(fc.integer({ min: 1994, max: 2026 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
    const date = fc.oneof(month, fc.integer({ min: 1994, max: 2026 }).map(String), fc.constant('unknown'));
    const relationship = fc
      .record({ type: fc.constantFrom(...RELATIONSHIP_TYPES), from: date, to: fc.oneof(date, fc.constant('present')) })
      .filter((r) => parseAnswers({ relationships: [r] }, AS_OF).ok);
    fc.assert(
      fc.property(fc.array(relationship, { minLength: 1, maxLength: 4 }), (relationships) => {
        for (const action of assess({ relationships }, { asOf: AS_OF }).actions) {
          expect(action.countsTowardProgress).toBe(action.available && action.onlyIfStillCustomer !== true);
          if (action.status === 'possible') expect(action.priority).not.toBe('now');
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
