// Usability finding: a person who left T-Mobile in 2022 was told to change
// their T-Mobile PIN "now". Account settings only matter to someone who may
// still have a T-Mobile or Metro account; for others they become "ongoing",
// flagged onlyIfStillCustomer so the results page can say so.
import fc from 'fast-check';
import { FUZZ_RUNS } from './fuzz';
import { assess } from '@/lib/assessment/assess';
import { ACTIONS, type ActionDefinition } from '@/lib/assessment/actions';
import { RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';
import type { Answers, RelationshipAnswer } from '@/lib/answers/types';
import type { ActionResult } from '@/lib/assessment/types';
import { parseAnswers } from '@/lib/answers/schema';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

const AS_OF = '2025-06-15';
const ACCOUNT_ACTIONS = ['change-account-pin', 'account-takeover-protection', 'sim-protection', 'scam-shield'] as const;

function plan(...relationships: RelationshipAnswer[]): ActionResult[] {
  return assess({ relationships }, { asOf: AS_OF }).actions;
}
const byId = (actions: ActionResult[], id: string) => actions.find((a) => a.id === id);

describe('account actions for former customers', () => {
  it('left in March 2022: PIN, SIM, Account Takeover and Scam Shield are ongoing and flagged, not "now"', () => {
    const actions = plan({ type: 'postpaid', from: '2015-01', to: '2022-03' });
    for (const id of ACCOUNT_ACTIONS) {
      const action = byId(actions, id);
      expect(action).toMatchObject({ priority: 'ongoing', onlyIfStillCustomer: true });
    }
    const passwords = byId(actions, 'change-passwords');
    if (passwords) {
      // reusing the password elsewhere still matters: not urgent, not account-only
      expect(passwords.priority).toBe('ongoing');
      expect(passwords.onlyIfStillCustomer).toBeUndefined();
    }
    expect(actions.filter((a) => a.priority !== 'ongoing').map((a) => a.id)).not.toEqual(
      expect.arrayContaining(['change-account-pin']),
    );
    // Phishing vigilance stays for everyone (FCC: give no data to inbound callers).
    expect(byId(actions, 'phishing-vigilance')).toBeDefined();
  });

  // Priorities follow what was likely exposed: an unknown end leaves 2021 and
  // 2023 only possible, so the PIN is "soon" there (it used to be "now" for
  // everyone); what matters here is that no one who may still have an
  // account gets the flag or the "ongoing" demotion.
  it.each([
    ['still a customer', 'present', 'now'],
    ['an unknown end', 'unknown', 'soon'],
    ['an end in the "as of" year (year only)', '2025', 'now'],
    ['an end in the "as of" month', '2025-06', 'now'],
  ])('%s: account actions keep their priority and no flag', (_label, to, priority) => {
    const actions = plan({ type: 'postpaid', from: '2015-01', to });
    const pin = byId(actions, 'change-account-pin');
    expect(pin).toMatchObject({ priority, countsTowardProgress: true });
    expect(pin?.onlyIfStillCustomer).toBeUndefined();
    // Experian (joined Jan 2015) makes the name likely whatever the end: Scam Shield stays "soon".
    expect(byId(actions, 'scam-shield')?.priority).toBe('soon');
  });

  it('an absent end counts as possibly still a customer', () => {
    const pin = byId(plan({ type: 'metro', from: '2018-01' }), 'change-account-pin');
    expect(pin?.priority).toBe('soon');
    expect(pin?.onlyIfStillCustomer).toBeUndefined();
  });

  it('an end the month before "as of" is a former customer', () => {
    expect(byId(plan({ type: 'prepaid', from: '2018-01', to: '2025-05' }), 'sim-protection')).toMatchObject({
      priority: 'ongoing',
      onlyIfStillCustomer: true,
    });
  });

  it('a former customer who is still a Metro customer keeps the account actions urgent', () => {
    const actions = plan({ type: 'postpaid', from: '2015-01', to: '2022-03' }, { type: 'metro', from: '2023-01', to: 'present' });
    expect(byId(actions, 'change-account-pin')).toMatchObject({ priority: 'now' });
    expect(byId(actions, 'change-account-pin')?.onlyIfStillCustomer).toBeUndefined();
  });

  it('applicants and employees only (no account) get the account actions as ongoing and flagged', () => {
    for (const type of ['applicant', 'employee'] as const) {
      const actions = plan({ type, from: '2015-06', ...(type === 'employee' ? { to: 'present' } : {}) });
      for (const a of actions.filter((x) => (ACCOUNT_ACTIONS as readonly string[]).includes(x.id))) {
        expect(a).toMatchObject({ priority: 'ongoing', onlyIfStillCustomer: true });
      }
    }
  });

  it('only account actions can carry the flag, and the sentence exists in both languages', () => {
    const flagged = (ACTIONS as readonly ActionDefinition[]).filter((a) => a.formerCustomer?.onlyIfStillCustomer);
    expect(flagged.map((a) => a.id).sort()).toEqual([...ACCOUNT_ACTIONS].sort());
    expect(en.Actions.onlyIfStillCustomer).toMatch(/T\u2011Mobile or Metro account/);
    expect(fr.Actions.onlyIfStillCustomer).toMatch(/T\u2011Mobile ou Metro/);
  });
});

// ---- property ----
const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc.oneof(
  fc.tuple(fc.integer({ min: 1994, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.integer({ min: 1994, max: 2025 }).map(String),
  fc.constant('unknown'),
);
const relationshipArb: fc.Arbitrary<RelationshipAnswer> = fc
  .record({
    type: fc.constantFrom(...RELATIONSHIP_TYPES),
    from: dateArb,
    to: fc.option(fc.oneof(dateArb, fc.constant('present')), { nil: undefined }),
  })
  .map(({ type, from, to }) => (to === undefined ? { type, from } : { type, from, to }))
  .filter((rel) => parseAnswers({ relationships: [rel] }, AS_OF).ok);
const answersArb: fc.Arbitrary<Answers> = fc
  .array(relationshipArb, { minLength: 1, maxLength: 4 })
  .map((relationships) => ({ relationships }));

it('property: flagged actions are ongoing, exposed fields stay covered, and anyone possibly still a customer gets no flag', () => {
  fc.assert(
    fc.property(answersArb, (answers) => {
      const { actions, fields } = assess(answers, { asOf: AS_OF });
      for (const a of actions) if (a.onlyIfStillCustomer) expect(a.priority).toBe('ongoing');
      for (const f of fields) expect(actions.some((a) => a.fields.includes(f.id))).toBe(true);
      const possiblyCustomer = answers.relationships.some(
        (r) =>
          ['postpaid', 'prepaid', 'metro', 'sprint', 'sprint_moved'].includes(r.type) &&
          (r.to === undefined || r.to === 'present' || r.to === 'unknown' || r.to === '2025' || r.to === '2025-06'),
      );
      if (possiblyCustomer) expect(actions.some((a) => a.onlyIfStillCustomer)).toBe(false);
      else
        for (const a of actions)
          if ((ACCOUNT_ACTIONS as readonly string[]).includes(a.id))
            expect(a).toMatchObject({ priority: 'ongoing', onlyIfStillCustomer: true });
    }),
    { numRuns: FUZZ_RUNS },
  );
});
