import { render, screen } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import { ResultsView } from '@/components/results/ResultsView';
import { assess } from '@/lib/assessment/assess';
import type { Answers } from '@/lib/answers/types';
import { getIncident } from '@/lib/catalog';
import { MESSAGES } from './fixtures/results';

// A former customer's T-Mobile account steps say they only apply to people who still have an account.
function renderFor(answers: Answers, locale: 'en' | 'fr') {
  const assessment = assess(answers, { asOf: '2026-11-22' });
  render(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <ResultsView data={{ answers, assessment, incident: getIncident }} onForgotten={jest.fn()} />
    </NextIntlClientProvider>,
  );
  return assessment;
}

beforeEach(() => localStorage.clear());

test.each(['en', 'fr'] as const)('%s: account steps of a former customer carry the condition', (locale) => {
  const assessment = renderFor({ relationships: [{ type: 'postpaid', from: '2016-01', to: '2022-03' }] }, locale);
  const flagged = assessment.actions.filter((a) => a.onlyIfStillCustomer);
  expect(flagged.map((a) => a.id)).toContain('change-account-pin');
  const sentence = (MESSAGES[locale] as { Actions: { onlyIfStillCustomer: string } }).Actions.onlyIfStillCustomer;
  expect(screen.getAllByText(sentence)).toHaveLength(flagged.length);
});

test('a current customer sees no condition', () => {
  renderFor({ relationships: [{ type: 'postpaid', from: '2016-01', to: 'present' }] }, 'en');
  expect(screen.queryByText('Only if you still have a T\u2011Mobile or Metro account.')).toBeNull();
});
