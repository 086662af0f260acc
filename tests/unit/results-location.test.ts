import { decodeAnswersFragment } from '@/lib/answers/fragment';
import { bareTarget, splitResultsFragment, targetHref } from '@/lib/results/location';

describe('in-page places in the results fragment', () => {
  it('reads links made before places existed exactly as before', () => {
    for (const hash of ['#v1;postpaid.2015-01.present', '#v1;applicant.2014-05.', '#v1;prepaid.2019.unknown;', 'v1;metro.unknown.unknown']) {
      const { answers, target } = splitResultsFragment(hash);
      expect(target).toBeNull();
      expect(answers).toBe(hash.replace(/^#/, ''));
      expect(decodeAnswersFragment(answers).ok).toBe(true);
    }
  });
  it('splits the place off the end, also when the link was percent-encoded', () => {
    expect(splitResultsFragment('#v1;postpaid.2016.present;@action-credit-freeze')).toEqual({
      answers: 'v1;postpaid.2016.present',
      target: 'action-credit-freeze',
    });
    expect(splitResultsFragment('#v1%3Bpostpaid.2016.present%3B%40checklist')).toEqual({
      answers: 'v1;postpaid.2016.present',
      target: 'checklist',
    });
  });
  it('round-trips through targetHref', () => {
    const href = targetHref('v1;applicant.2014-05.', 'incident-2015-09-experian');
    expect(href).toBe('#v1;applicant.2014-05.;@incident-2015-09-experian');
    expect(splitResultsFragment(href)).toEqual({ answers: 'v1;applicant.2014-05.', target: 'incident-2015-09-experian' });
  });
  it('leaves anything that is not a place to the answers decoder (which then reports it)', () => {
    for (const hash of ['#v1;postpaid.2016.present;@', '#v1;postpaid.2016.present;@<img>', '#v1;@x y', '#%E0%A4%A']) {
      expect(splitResultsFragment(hash).target).toBeNull();
    }
    expect(decodeAnswersFragment(splitResultsFragment('#v1;postpaid.2016.present;@').answers).ok).toBe(false);
  });
  it('recognises a bare element id, never an answers fragment', () => {
    expect(bareTarget('#main-content')).toBe('main-content');
    expect(bareTarget('#v1')).toBeNull();
    expect(bareTarget('#v1;postpaid.2016.present')).toBeNull();
    expect(bareTarget('')).toBeNull();
  });
});
