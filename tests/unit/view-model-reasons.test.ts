import { reasonsToShow } from '@/lib/results/view-model';

describe('reasonsToShow', () => {
  const likelyGroup = [{ code: 'active-during', populationId: 'P1' }];
  const possibleGroup = [
    { code: 'no-window', populationId: 'P3' },
    { code: 'partial-population', populationId: 'P3' },
  ];
  it('shows only the decisive group for a likely incident', () => {
    expect(reasonsToShow([...likelyGroup, ...possibleGroup], 'likely')).toEqual(likelyGroup);
  });
  it('keeps every reason for possible and not-affected', () => {
    expect(reasonsToShow([...likelyGroup, ...possibleGroup], 'possible')).toHaveLength(3);
    expect(reasonsToShow(possibleGroup, 'not-affected')).toHaveLength(2);
  });
  it('falls back to every reason when no group is decisive', () => {
    expect(reasonsToShow(possibleGroup, 'likely')).toEqual(possibleGroup);
  });
});
