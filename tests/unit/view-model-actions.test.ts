import type { ActionResult } from '@/lib/assessment/types';
import { groupActions } from '@/lib/results/view-model';
import { disclosedMonth } from '@/lib/results/disclosed';
import { CATALOG } from '@/lib/catalog';

const action = (a: Partial<ActionResult> & Pick<ActionResult, 'id'>): ActionResult => ({
  priority: 'soon',
  group: 'general',
  countsTowardProgress: true,
  available: true,
  fields: [],
  incidents: [],
  ...a,
});

describe('groupActions', () => {
  it('keeps offers of unknown status apart: never a step, never "ended"', () => {
    const groups = groupActions([
      action({ id: 'credit-freeze', priority: 'now' }),
      action({ id: 'settlement-2021', available: false, availability: 'ended', endedOn: '2023-01-23' }),
      action({ id: 'mcafee-id-protection', available: false, availability: 'unknown' }),
    ]);
    expect(groups.todo.map((a) => a.id)).toEqual(['credit-freeze']);
    expect(groups.ended.map((a) => a.id)).toEqual(['settlement-2021']);
    expect(groups.unknown.map((a) => a.id)).toEqual(['mcafee-id-protection']);
  });
  it('treats an unavailable action without availability as ended (the engine’s older shape)', () => {
    expect(groupActions([action({ id: 'settlement-2021', available: false })]).ended).toHaveLength(1);
  });
});

describe('disclosedMonth', () => {
  it('gives every catalog incident the month it was made public', () => {
    for (const incident of CATALOG) {
      const month = disclosedMonth(incident);
      if (incident.disclosed.kind === 'known') expect(incident.disclosed.date.startsWith(month!)).toBe(true);
      else expect(month).toBeNull();
    }
    expect(disclosedMonth(CATALOG.find((i) => i.id === '2015-09-experian'))).toBe('2015-10');
  });
});
