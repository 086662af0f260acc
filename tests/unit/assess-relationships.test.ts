// The Sprint merger and the carriers on T-Mobile's network (fact sheet
// sections 2 and 11): Boost left for DISH on 1 July 2020; a Sprint account
// that moved is a T-Mobile account from the move (2022-2023, month not
// asked); someone who cannot say gets "possible", never "not affected";
// Google Fi users get exactly what Google said was exposed in January 2023.
import { assess } from '@/lib/assessment/assess';
import type { RelationshipAnswer } from '@/lib/answers/types';
import type { Assessment, Status } from '@/lib/assessment/types';
import type { IncidentId } from '@/lib/catalog/vocabulary';
import { QUESTIONNAIRE_TYPES } from '@/lib/answers/form';
import { RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';

const AS_OF = '2026-11-29';
const run = (...relationships: RelationshipAnswer[]) => assess({ relationships }, { asOf: AS_OF });
const status = (a: Assessment, id: IncidentId): Status => a.incidents.find((i) => i.id === id)?.status as Status;
const r = (type: RelationshipAnswer['type'], from: string, to?: string): RelationshipAnswer =>
  to === undefined ? { type, from } : { type, from, to };

it('the questionnaire offers every relationship type once', () => {
  expect([...QUESTIONNAIRE_TYPES].sort()).toEqual([...RELATIONSHIP_TYPES].sort());
});

describe('Sprint split', () => {
  it.each<[string, RelationshipAnswer, IncidentId, Status]>([
    // Only before the merger: no T-Mobile month after June 2020.
    [
      'Boost 2016 to now, only before the merger: API 2023',
      r('sprint_premerger', '2016', 'present'),
      '2023-01-api',
      'not-affected',
    ],
    [
      'Boost 2016 to now, only before the merger: PIN 2023',
      r('sprint_premerger', '2016', 'present'),
      '2023-04-pin',
      'not-affected',
    ],
    [
      'Sprint 2012-2019, only before the merger: 2021 former customers',
      r('sprint_premerger', '2012', '2019'),
      '2021-08-cyberattack',
      'possible',
    ],
    [
      'Sprint 2012-2019, only before the merger: Dec 2020',
      r('sprint_premerger', '2012', '2019'),
      '2020-12-cpni',
      'not-affected',
    ],
    // Moved: a T-Mobile postpaid account from the move on (January 2022 to June 2023).
    [
      'moved, still with T-Mobile: API 2023 (move date unknown)',
      r('sprint_moved', '2015', 'present'),
      '2023-01-api',
      'possible',
    ],
    ['moved, still with T-Mobile: PIN 2023', r('sprint_moved', '2015', 'present'), '2023-04-pin', 'possible'],
    [
      'moved, still with T-Mobile: Dec 2020 (Sprint, post-merger)',
      r('sprint_moved', '2015', 'present'),
      '2020-12-cpni',
      'possible',
    ],
    [
      'moved, left in 2021 (before any move): API 2023',
      r('sprint_moved', '2015', '2021'),
      '2023-01-api',
      'not-affected',
    ],
    // Cannot say (and every link made before the split): possible wherever Sprint may have been T-Mobile.
    ['cannot say, still with them: API 2023', r('sprint', '2015', 'present'), '2023-01-api', 'possible'],
    ['cannot say, still with them: PIN 2023', r('sprint', '2015', 'present'), '2023-04-pin', 'possible'],
    ['cannot say, 2012-2019: 2021 former customers', r('sprint', '2012', '2019'), '2021-08-cyberattack', 'possible'],
  ])('%s', (_name, relationship, id, expected) => {
    expect(status(run(relationship), id)).toBe(expected);
  });

  it('a moved account counts as a possibly current T-Mobile account for the account steps', () => {
    const a = run(r('sprint_moved', '2015', 'present'));
    expect(a.actions.find((x) => x.id === 'change-account-pin')?.onlyIfStillCustomer).toBeUndefined();
  });

  it('Boost only before the merger has no T-Mobile account today', () => {
    const a = run(r('sprint_premerger', '2016', 'present'));
    for (const action of a.actions.filter((x) => x.group === 'account' && x.available))
      expect(action.onlyIfStillCustomer).toBe(true);
  });

  it('"cannot say" is never less than either answer it stands for', () => {
    const rank: Record<Status, number> = { 'not-affected': 0, possible: 1, likely: 2 };
    for (const [from, to] of [
      ['2010', '2019'],
      ['2015', 'present'],
      ['2019-06', '2022-05'],
      ['unknown', 'unknown'],
    ] as const) {
      const unsure = run(r('sprint', from, to));
      for (const type of ['sprint_premerger', 'sprint_moved'] as const) {
        const sure = run(r(type, from, to));
        for (const i of sure.incidents)
          if (i.status !== 'likely') expect(rank[status(unsure, i.id)]).toBeGreaterThanOrEqual(rank[i.status]);
      }
    }
  });
});

describe('customers of carriers on T-Mobile’s network (Google Fi, Mint...)', () => {
  it('Fi in January 2023: possible, with exactly the fields Google listed', () => {
    const a = run(r('mvno', '2020', 'present'));
    const api = a.incidents.find((i) => i.id === '2023-01-api');
    expect(api?.status).toBe('possible');
    expect(api?.populations).toEqual(['P3']);
    expect([...(api?.fields ?? [])].sort()).toEqual(
      ['account_status', 'activation_date', 'phone', 'rate_plan', 'sim_serial'].sort(),
    );
  });

  it('possible where the sources are silent, never likely', () => {
    const a = run(r('mvno', '2018', 'present'));
    for (const id of ['2020-12-cpni', '2021-08-cyberattack', '2023-04-pin'] as const)
      expect(status(a, id)).toBe('possible');
    expect(a.incidents.every((i) => i.status !== 'likely')).toBe(true);
  });

  it('their own action: SIM-swap protection with their carrier, not the T-Mobile account steps', () => {
    const a = run(r('mvno', '2020', 'present'));
    expect(a.actions.find((x) => x.id === 'carrier-sim-protection')).toMatchObject({ countsTowardProgress: true });
    for (const action of a.actions.filter((x) => x.group === 'account' && x.available))
      expect(action.onlyIfStillCustomer).toBe(true);
    expect(run(r('postpaid', '2020', 'present')).actions.map((x) => x.id)).not.toContain('carrier-sim-protection');
  });
});
