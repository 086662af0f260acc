// The questionnaire's form model: conversion to answers and the form-only checks.
import { answersToForm, dateIssues, emptyDate, formToAnswers, relationshipIssues, syncRelationships, emptyRelationship } from '@/lib/answers/form';
import { encodeAnswersFragment } from '@/lib/answers/fragment';

test('form values become answers: exact month padded, year only, unknown, present, no end for applicants', () => {
  const answers = formToAnswers({
    relationships: [
      { type: 'postpaid', from: { month: '3', year: '2016', noMonth: false, unknown: false }, to: { ...emptyDate(), ongoing: true } },
      { type: 'prepaid', from: { month: ' ', year: ' 2019 ', noMonth: false, unknown: false }, to: { ...emptyDate(), unknown: true, ongoing: false } },
      { type: 'applicant', from: { month: '11', year: '2014', noMonth: false, unknown: false }, to: { ...emptyDate(), ongoing: true } },
    ],
  });
  expect(encodeAnswersFragment(answers)).toBe('v1;postpaid.2016-03.present;prepaid.2019.unknown;applicant.2014-11.');
  expect(formToAnswers(answersToForm(answers))).toEqual(answers);
});

test('form-only checks: empty boxes and non-digits, none when "I don\'t remember"', () => {
  expect(dateIssues({ ...emptyDate(), unknown: true }, ['d'])).toEqual([]);
  expect(dateIssues(emptyDate(), ['d'])).toEqual([{ path: ['d'], code: 'dateMissing' }]);
  expect(dateIssues({ ...emptyDate(), noMonth: true }, ['d'])).toEqual([{ path: ['d'], code: 'dateMissing' }]);
  // A year alone is an approximate date (GOV.UK), not a missing month.
  expect(dateIssues({ ...emptyDate(), year: '2019' }, ['d'])).toEqual([]);
  expect(dateIssues({ ...emptyDate(), year: '201' }, ['d'])).toEqual([{ path: ['d', 'year'], code: 'yearNotNumber' }]);
  expect(dateIssues({ ...emptyDate(), month: 'mar', year: '19' }, ['d'])).toEqual([
    { path: ['d', 'month'], code: 'monthNotNumber' },
    { path: ['d', 'year'], code: 'yearNotNumber' },
  ]);
  expect(dateIssues({ ...emptyDate(), month: '3' }, ['d'])).toEqual([{ path: ['d', 'year'], code: 'yearMissing' }]);
  // The engine, not the form, judges a month of 13.
  expect(dateIssues({ ...emptyDate(), month: '13', year: '2019' }, ['d'])).toEqual([]);
  // An application has no end date to check; "still a customer" needs none.
  expect(relationshipIssues({ relationships: [{ ...emptyRelationship('applicant'), from: { ...emptyDate(), unknown: true } }] })).toEqual([]);
});

test('a year with the month left empty is "year only"; an old draft\'s "not sure of the month" tick no longer hides a month typed since', () => {
  const base = { type: 'postpaid' as const, to: { ...emptyDate(), ongoing: true } };
  expect(formToAnswers({ relationships: [{ ...base, from: { ...emptyDate(), year: '2019' } }] })).toEqual({
    relationships: [{ type: 'postpaid', from: '2019', to: 'present' }],
  });
  expect(formToAnswers({ relationships: [{ ...base, from: { ...emptyDate(), month: '3', year: '2019', noMonth: true } }] })).toEqual({
    relationships: [{ type: 'postpaid', from: '2019-03', to: 'present' }],
  });
  // A year-only answer from a results link comes back as an empty month box.
  expect(answersToForm({ relationships: [{ type: 'applicant', from: '2014' }] }).relationships[0]?.from).toEqual({
    ...emptyDate(),
    year: '2014',
  });
});

test('step 1 → step 2 keeps periods of ticked types, adds new ones, drops unticked, in questionnaire order', () => {
  const postpaid = { ...emptyRelationship('postpaid'), from: { ...emptyDate(), year: '2016' } };
  const rows = syncRelationships(['employee', 'postpaid'], [emptyRelationship('prepaid'), postpaid, postpaid]);
  expect(rows.map((r) => r.type)).toEqual(['postpaid', 'postpaid', 'employee']);
  expect(rows[0]).toBe(postpaid);
});
