import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { DRAFT_STORAGE_KEY, readDraft, writeDraft } from '@/lib/answers/draft-storage';
import { emptyDate, emptyRelationship } from '@/lib/answers/form';
import { patchHistory, renderCheck, renderCheckRestored, useSearchParamsStandIn } from './check-harness';

jest.mock('next/navigation', () => ({
  useSearchParams: () => jest.requireActual('./check-harness').useSearchParamsStandIn(),
}));
void useSearchParamsStandIn;

// user-event types character by character; on a loaded 2-core CI machine a long form takes more than Jest's 5 s default.
jest.setTimeout(20_000);

beforeAll(() => patchHistory());
beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/en/check/');
  document.title = '';
});

async function chooseTypes(user: ReturnType<typeof userEvent.setup>, labels: RegExp[]) {
  for (const label of labels) await user.click(screen.getByRole('checkbox', { name: label }));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('step 1: relationships', () => {
  test('shows every relationship with a hint, help for the unsure, and no axe violation', async () => {
    const { container } = renderCheck('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Which of these were you, at any time?' })).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Which of these were you, at any time?' });
    // Sprint is three answers since the split (only before the merger / moved to T\u2011Mobile / can't say),
    // plus carriers on T\u2011Mobile's network: nine in all.
    expect(within(group).getAllByRole('checkbox')).toHaveLength(9);
    expect(screen.getByRole('checkbox', { name: 'Sprint customer whose account became a T\u2011Mobile account' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Customer of a carrier that uses T\u2011Mobile’s network' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Prepaid T\u2011Mobile customer' })).toHaveAccessibleDescription(
      'You paid T\u2011Mobile in advance, for example with top-ups or refill cards.',
    );
    expect(screen.getByText('I don’t know which of these I was')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  test('Continue with nothing selected: error summary focused, inline error, title prefixed', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', { name: 'Select at least one way you were connected to T\u2011Mobile' });
    expect(link).toHaveAttribute('href', '#types-postpaid');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(document.title).toBe('Error: Which of these were you, at any time? – Exposure Check');
    const group = screen.getByRole('group', { name: 'Which of these were you, at any time?' });
    expect(group).toHaveAccessibleDescription(/Error: Select at least one way you were connected to T\u2011Mobile/);
    await user.click(link);
    expect(screen.getByRole('checkbox', { name: 'Postpaid T\u2011Mobile customer' })).toHaveFocus();
    expect(window.location.hash).toBe('');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('in French, with French error words', async () => {
    window.history.replaceState(null, '', '/fr/check/');
    const user = userEvent.setup();
    const { container } = renderCheck('fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Quelles relations avez-vous eues avec T\u2011Mobile\s\?$/);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'Il y a un problème' })).toBeInTheDocument();
    expect(document.title.startsWith('Erreur – ')).toBe(true);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('step 2: dates', () => {
  test('Continue moves to the dates step, focuses its heading and keeps the step in the URL', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/, /^Applied for a T\u2011Mobile plan/]);
    const heading = await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.search).toBe('?step=dates');
    expect(screen.getByRole('heading', { level: 2, name: 'Postpaid customer' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Application with a credit check' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'When did you become a customer?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'When did you apply?' })).toBeInTheDocument();
    // An application has no end date.
    expect(screen.getAllByRole('group', { name: /When did you stop/ })).toHaveLength(1);
    const month = screen.getAllByRole('textbox', { name: 'Month' })[0]!;
    expect(month).toHaveAttribute('inputmode', 'numeric');
    expect(month).toHaveAttribute('type', 'text');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('empty and invalid dates: summary with one link per problem, inline errors, aria-invalid', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const [fromMonth] = screen.getAllByRole('textbox', { name: 'Month' });
    const [fromYear] = screen.getAllByRole('textbox', { name: 'Year' });
    await user.type(fromMonth!, '13');
    await user.type(fromYear!, '2019');
    await user.click(screen.getByRole('checkbox', { name: 'I’m still a customer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Postpaid customer, start date: The month must be a number from 1 to 12' });
    expect(link).toHaveAttribute('href', '#relationships-0-from-month');
    expect(fromMonth).toHaveAttribute('aria-invalid', 'true');
    const group = screen.getByRole('group', { name: 'When did you become a customer?' });
    expect(group).toHaveAccessibleDescription(/Error: The month must be a number from 1 to 12/);
    expect(await axe(container)).toHaveNoViolations();

    await user.clear(fromMonth!);
    await user.clear(fromYear!);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(within(screen.getByRole('alert')).getByRole('link')).toHaveTextContent(
        'Postpaid customer, start date: Enter a date, or select “I don’t remember”',
      ),
    );
  });

  test('a date in the future or an end before the start uses the engine’s words', async () => {
    const user = userEvent.setup();
    renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const months = screen.getAllByRole('textbox', { name: 'Month' });
    const years = screen.getAllByRole('textbox', { name: 'Year' });
    await user.type(months[0]!, '5');
    await user.type(years[0]!, '2020');
    await user.type(months[1]!, '4');
    await user.type(years[1]!, '2019');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent(
      'Postpaid customer, end date: The end date must be the same as or after the start date',
    );
  });

  test('every problem is reported at once: empty, malformed, too early and end-before-start together', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/, /^Prepaid T\u2011Mobile customer/, /^Applied for a T\u2011Mobile plan/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const months = screen.getAllByRole('textbox', { name: 'Month' });
    const years = screen.getAllByRole('textbox', { name: 'Year' });
    // Postpaid 5/2017 to 3/2016 (end before start), prepaid 1/1990 (too early)
    // to 13/2020 (month not a number from 1 to 12), application left empty.
    await user.type(months[0]!, '5');
    await user.type(years[0]!, '2017');
    await user.type(months[1]!, '3');
    await user.type(years[1]!, '2016');
    await user.type(months[2]!, '1');
    await user.type(years[2]!, '1990');
    await user.type(months[3]!, '13');
    await user.type(years[3]!, '2020');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '#relationships-0-to-month',
      '#relationships-1-from-month',
      '#relationships-1-to-month',
      '#relationships-2-from-month',
    ]);
    expect(links[0]).toHaveTextContent('The end date must be the same as or after the start date');
    expect(links[1]).toHaveTextContent(/1994/);
    expect(links[2]).toHaveTextContent('The month must be a number from 1 to 12');
    expect(links[3]).toHaveTextContent('Enter a date, or select “I don’t remember”');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('the example from the usability test: end before start and an empty application, both on the first Continue', async () => {
    const user = userEvent.setup();
    renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/, /^Applied for a T\u2011Mobile plan/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const months = screen.getAllByRole('textbox', { name: 'Month' });
    const years = screen.getAllByRole('textbox', { name: 'Year' });
    await user.type(months[0]!, '5');
    await user.type(years[0]!, '2017');
    await user.type(months[1]!, '3');
    await user.type(years[1]!, '2016');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveTextContent('Postpaid customer, end date: The end date must be the same as or after the start date');
    expect(links[1]).toHaveTextContent('Enter a date, or select “I don’t remember”');
  });

  test('a year alone is accepted as “month not remembered”, reviewed as such; “I don’t remember” hides both boxes', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await chooseTypes(user, [/^Prepaid T\u2011Mobile customer/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const from = screen.getByRole('group', { name: 'When did you become a customer?' });
    expect(from).toHaveAccessibleDescription('For example, 3 and 2019 for March\u00a02019. If you only know the year, leave the month empty.');
    expect(within(from).queryByRole('checkbox', { name: /not sure of the month/ })).toBeNull();
    await user.type(within(from).getByRole('textbox', { name: 'Year' }), '2019');
    await user.click(screen.getByRole('checkbox', { name: 'I’m still a customer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // No error at all: the next step is the review, which says the month was not given.
    await screen.findByRole('heading', { level: 1, name: 'Check your answers' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText(/2019 \(month not given\)/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('link', { name: 'Back' }));
    const again = await screen.findByRole('group', { name: 'When did you become a customer?' });
    expect(within(again).getByRole('textbox', { name: 'Month' })).toHaveValue('');
    expect(within(again).getByRole('textbox', { name: 'Year' })).toHaveValue('2019');
    await user.click(within(again).getByRole('checkbox', { name: 'I don’t remember' }));
    expect(within(again).queryByRole('textbox')).toBeNull();
  });

  test('only a month, without its year, asks for the year', async () => {
    const user = userEvent.setup();
    renderCheck('en');
    await chooseTypes(user, [/^Prepaid T\u2011Mobile customer/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const from = screen.getByRole('group', { name: 'When did you become a customer?' });
    await user.type(within(from).getByRole('textbox', { name: 'Month' }), '3');
    await user.click(screen.getByRole('checkbox', { name: 'I’m still a customer' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveTextContent('Prepaid customer, start date: Enter the year');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#relationships-0-from-year');
  });

  test('add and remove a period with focus kept sensible', async () => {
    const user = userEvent.setup();
    const { container } = renderCheck('en');
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    await user.click(screen.getByRole('button', { name: 'Add another postpaid period' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Postpaid customer, period 1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Postpaid customer, period 2' })).toBeInTheDocument();
    await waitFor(() => expect(document.getElementById('relationships-1-from-month')).toHaveFocus());
    expect(screen.getByText('Added: Postpaid customer, period 2.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Remove Postpaid customer, period 2' }));
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Postpaid customer' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });
});

describe('step 3: check your answers', () => {
  async function fillValid(user: ReturnType<typeof userEvent.setup>) {
    await chooseTypes(user, [/^Postpaid T\u2011Mobile customer/, /^Applied for a T\u2011Mobile plan/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    const months = screen.getAllByRole('textbox', { name: 'Month' });
    const years = screen.getAllByRole('textbox', { name: 'Year' });
    await user.type(months[0]!, '3');
    await user.type(years[0]!, '2016');
    await user.click(screen.getByRole('checkbox', { name: 'I’m still a customer' }));
    await user.type(screen.getAllByRole('textbox', { name: 'Month' })[1]!, '5');
    await user.type(screen.getAllByRole('textbox', { name: 'Year' })[1]!, '2014');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    return screen.findByRole('heading', { level: 1, name: 'Check your answers' });
  }

  test('lists the answers with Change links, and “See my results” goes to the fragment URL', async () => {
    const user = userEvent.setup();
    const navigate = jest.fn();
    const { container } = renderCheck('en', navigate);
    const heading = await fillValid(user);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Became a customer: March 2016')).toBeInTheDocument();
    expect(screen.getByText('Customer until: now (still a customer)')).toBeInTheDocument();
    expect(screen.getByText('Applied: May 2014')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change Your connection to T\u2011Mobile' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(navigate).toHaveBeenCalledWith('/en/results/#v1;postpaid.2016-03.present;applicant.2014-05.');
  });

  test('Change returns to the question with answers kept, and Continue comes back to the summary', async () => {
    const user = userEvent.setup();
    renderCheck('en');
    await fillValid(user);
    await user.click(screen.getByRole('link', { name: 'Change Application with a credit check' }));
    const target = await screen.findByRole('heading', { level: 2, name: 'Application with a credit check' });
    await waitFor(() => expect(target).toHaveFocus());
    expect(screen.getAllByRole('textbox', { name: 'Year' }).map((i) => (i as HTMLInputElement).value)).toEqual(['2016', '2014']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Change Your connection to T\u2011Mobile' }));
    expect(await screen.findByRole('checkbox', { name: /^Postpaid T\u2011Mobile customer/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
  });

  test('an answer that no longer holds on “See my results” sends back to the dates with the summary focused', async () => {
    // A draft from a tab kept open: the year typed is now in the future.
    const year = String(new Date().getUTCFullYear() + 1);
    writeDraft(sessionStorage, {
      types: ['prepaid'],
      relationships: [{ ...emptyRelationship('prepaid'), from: { ...emptyDate(), month: '1', year }, to: { ...emptyDate(), ongoing: true } }],
    });
    window.history.replaceState(null, '', '/en/check/?step=review');
    const user = userEvent.setup();
    const navigate = jest.fn();
    await renderCheckRestored('en', navigate);
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' })).toBeInTheDocument();
    expect(window.location.search).toBe('?step=dates');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link')).toHaveAttribute('href', '#relationships-0-from-month');
    await waitFor(() => expect(summary.parentElement).toHaveFocus());
    expect(document.title.startsWith('Error: When were you connected')).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  test('the back link goes to the previous step', async () => {
    const user = userEvent.setup();
    renderCheck('en');
    await fillValid(user);
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' })).toBeInTheDocument();
  });
});

describe('draft', () => {
  test('answers are kept in sessionStorage and restored on the same step after a reload', async () => {
    const user = userEvent.setup();
    const first = renderCheck('en');
    await chooseTypes(user, [/^Metro by T\u2011Mobile/]);
    await screen.findByRole('heading', { level: 1, name: 'When were you connected to T\u2011Mobile?' });
    await user.type(screen.getAllByRole('textbox', { name: 'Year' })[0]!, '2018');
    const saved = readDraft(sessionStorage);
    expect(saved.ok && saved.draft.values.relationships[0]?.from.year).toBe('2018');
    first.unmount();
    // "Reload", in French this time (the language switcher keeps ?step=).
    window.history.replaceState(null, '', '/fr/check/?step=dates');
    await renderCheckRestored('fr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('À quelles périodes');
    expect(screen.getAllByRole('textbox', { name: 'Année' })[0]).toHaveValue('2018');
  });

  test('a corrupted draft gives a quiet notice, never a crash', async () => {
    sessionStorage.setItem(DRAFT_STORAGE_KEY, '{"v":1,"values":{"types":["nope"]');
    window.history.replaceState(null, '', '/en/check/?step=review');
    const { container } = await renderCheckRestored('en');
    expect(screen.getByText(/We couldn’t read the answers saved earlier/)).toBeInTheDocument();
    // Nothing to review: back to the first question.
    expect(screen.getByRole('heading', { level: 1, name: 'Which of these were you, at any time?' })).toBeInTheDocument();
    await act(async () => {});
    expect(window.location.search).toBe('?step=relationships');
    expect(await axe(container)).toHaveNoViolations();
  });

  test('a results link in the fragment pre-fills the form when there is no draft', async () => {
    window.history.replaceState(null, '', '/en/check/?step=review#v1;prepaid.2019.present');
    await renderCheckRestored('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(screen.getByText('Became a customer: 2019 (month not given)')).toBeInTheDocument();
  });
});
