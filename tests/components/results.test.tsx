import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { NextIntlClientProvider } from 'next-intl';
import { ResultsView } from '@/components/results/ResultsView';
import type { ResultsData } from '@/components/results/context';
import { getIncident } from '@/lib/catalog';
import { PROGRESS_KEY, progressIdOf } from '@/lib/results/progress';
import { EVERYTHING, MESSAGES, NOTHING, POSSIBLE_ONLY } from './fixtures/results';

function renderView(fixture: typeof NOTHING, locale: 'en' | 'fr' = 'en', onForgotten = jest.fn()) {
  const data: ResultsData = { ...fixture, incident: getIncident };
  return render(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <ResultsView data={data} onForgotten={onForgotten} />
    </NextIntlClientProvider>,
  );
}

// Rendering the whole page and running axe takes seconds on a busy machine.
jest.setTimeout(30_000);

const section = (name: RegExp | string) => screen.getByRole('region', { name });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe.each([
  ['nothing found', NOTHING],
  ['everything', EVERYTHING],
  ['only possible', POSSIBLE_ONLY],
])('results page, %s', (_name, fixture) => {
  it.each(['en', 'fr'] as const)('has no axe violations (%s)', async (locale) => {
    const { container } = renderView(fixture, locale);
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('summary', () => {
  it('says nothing was found without saying "not affected"', () => {
    renderView(NOTHING);
    expect(screen.getByTestId('summary-sentence')).toHaveTextContent('We found no documented incident that matches your answers');
    expect(screen.queryByTestId('most-urgent')).toBeNull();
  });
  it('counts likely, possible and likely-exposed data, with plurals', () => {
    renderView(EVERYTHING);
    const numbers = screen.getByRole('list', { name: 'Your results in numbers' });
    expect(numbers).toHaveTextContent('2 incidents likely touched you');
    expect(numbers).toHaveTextContent('6 incidents possibly touched you');
    expect(numbers).toHaveTextContent('3 types of your data likely exposed');
    expect(screen.getByTestId('summary-sentence')).toHaveTextContent('2 incidents likely touched you, and 6 more possibly did.');
  });
  it('uses French plural rules', () => {
    renderView(POSSIBLE_ONLY, 'fr');
    const numbers = screen.getByRole('list', { name: 'Vos résultats en chiffres' });
    expect(numbers).toHaveTextContent('0 incident vous concerne probablement');
    expect(numbers).toHaveTextContent('2 incidents vous concernent peut-être');
  });
  it('names the most urgent available action', () => {
    renderView(EVERYTHING);
    const urgent = screen.getByTestId('most-urgent');
    expect(urgent.textContent).not.toBe('');
    expect(screen.getByRole('link', { name: 'See how, in your checklist' })).toHaveAttribute('href', expect.stringMatching(/^#v1;.*;@action-credit-freeze$/));
  });
});

describe('incidents', () => {
  it('lists likely first, then possible, then the others folded away with a reason', () => {
    renderView(EVERYTHING);
    const s = section('The incidents');
    const headings = within(s).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Likely touched you', 'Possibly touched you']);
    expect(within(s).getAllByRole('article')).toHaveLength(8);
  });
  it('folds the incidents that did not concern the person into a details element', () => {
    renderView(POSSIBLE_ONLY);
    const s = section('The incidents');
    expect(within(s).getAllByRole('article')).toHaveLength(2);
    const summary = within(s).getByText('6 incidents did not concern you');
    expect(summary.tagName).toBe('SUMMARY');
  });
  it('formats dates as month and year in each language', () => {
    renderView(POSSIBLE_ONLY, 'fr');
    // months of the reason, if the Reasons messages use them; the incident dates always use the formatter
    expect(section('Les incidents')).toHaveTextContent(/janvier 2023/);
  });
  it('links each card to its incident page', () => {
    renderView(POSSIBLE_ONLY);
    const links = within(section('The incidents')).getAllByRole('link', { name: /More about this incident/ });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/en/incidents/2018-08-account-data/', '/en/incidents/2023-01-api/']);
  });
});

describe('dates and the basis of the plan', () => {
  it('gives the review date of the facts apart from the day of the assessment', () => {
    renderView(EVERYTHING);
    const dates = screen.getByTestId('results-dates');
    expect(dates).toHaveTextContent('The incident information was last reviewed on November 22, 2026');
    expect(dates).toHaveTextContent('This assessment was made today, January 15, 2026, in this browser.');
    expect(dates).not.toHaveTextContent(/Based on what was known/);
  });
  it('says in French too, with non-breaking spaces', () => {
    renderView(EVERYTHING, 'fr');
    expect(screen.getByTestId('results-dates').textContent).toMatch(/vérifiées pour la dernière fois le 22 novembre 2026\u00a0:/);
  });
  it('lists the answers and the review date for the printout', () => {
    renderView(EVERYTHING);
    const basis = screen.getByTestId('answers-basis');
    expect(basis).toHaveClass('print-only');
    expect(within(basis).getAllByRole('listitem')).toHaveLength(EVERYTHING.answers.relationships.length);
    expect(basis).toHaveTextContent('November 22, 2026');
    expect(basis).toHaveTextContent('Assessment made in this browser on January 15, 2026.');
  });
});

describe('timeline', () => {
  it('draws an image with a label and offers the same facts as a table', () => {
    renderView(EVERYTHING);
    const s = section('Your timeline');
    expect(within(s).getByRole('img')).toHaveAccessibleName(/^Timeline from \d{4} to 2026/);
    const table = within(s).getByRole('table', { name: 'The incidents and your connections at the time' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8);
  });
});

describe('exposed data', () => {
  it('puts the strongest status first', () => {
    renderView(EVERYTHING);
    const cards = within(section('Your data that was exposed')).getAllByRole('listitem').filter((li) => li.dataset.field);
    expect(cards.map((c) => c.dataset.field)).toEqual(['name', 'ssn', 'date_of_birth', 'address', 'account_number']);
    expect(within(cards[0]!).getByRole('link', { name: /What is this/ })).toHaveAttribute('href', '/en/glossary/#field-name');
    expect(within(cards[0]!).getByRole('link', { name: /October 2015/ })).toHaveAttribute('href', expect.stringMatching(/^#v1;.*;@incident-2015-09-experian$/));
    // One date for every incident: the month it was made public (Experian: discovered in September, announced 1 October 2015).
    expect(cards[0]).toHaveTextContent('Exposed in the incidents made public in:');
    expect(within(cards[0]!).queryByRole('link', { name: /September 2015/ })).toBeNull();
  });
  it('says when nothing was exposed', () => {
    renderView(NOTHING);
    expect(section('Your data that was exposed')).toHaveTextContent('None of your data appears');
  });
});

describe('checklist', () => {
  it('orders by priority and shows ended offers apart, never with a Done box', () => {
    renderView(EVERYTHING);
    const s = section('Your checklist');
    const items = [...s.querySelectorAll('[data-action]')].map((el) => el.getAttribute('data-action'));
    expect(items).toEqual(['credit-freeze', 'change-account-pin', 'credit-reports', 'phishing-vigilance', 'settlement-2021']);
    const ended = s.querySelector('[data-action="settlement-2021"]') as HTMLElement;
    expect(within(ended).queryByRole('checkbox')).toBeNull();
    expect(ended).toHaveTextContent('Ended');
    expect(ended).toHaveTextContent('January 23, 2023');
  });

  it('shows an offer of unknown status as probably ended, apart, never as a step nor as certainly ended', () => {
    const mcafee = {
      id: 'mcafee-id-protection',
      priority: 'soon',
      available: false,
      availability: 'unknown',
      fields: [],
      incidents: ['2021-08-cyberattack'],
    } as const;
    const fixture = { ...EVERYTHING, assessment: { ...EVERYTHING.assessment, actions: [...EVERYTHING.assessment.actions, mcafee] } };
    renderView(fixture as typeof EVERYTHING);
    const s = section('Your checklist');
    const item = s.querySelector('[data-action="mcafee-id-protection"]') as HTMLElement;
    expect(within(item).queryByRole('checkbox')).toBeNull();
    expect(item).toHaveTextContent('Probably ended (end date unknown)');
    expect(item).not.toHaveTextContent(/^Ended|\bEnded\b/);
    expect(within(s).getByRole('heading', { name: 'Offers whose status is unknown' })).toBeInTheDocument();
    const endedList = within(s).getByRole('heading', { name: 'Offers that have ended' }).nextElementSibling as HTMLElement;
    expect(endedList.querySelector('[data-action="mcafee-id-protection"]')).toBeNull();
  });

  it('saves ticks by action id and reads them back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView(EVERYTHING);
    const boxes = within(section('Your checklist')).getAllByRole('checkbox');
    await user.click(boxes[0]!);
    await user.click(boxes[2]!);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual({
      v: 2,
      sets: { [progressIdOf(EVERYTHING.answers)]: ['credit-freeze', 'credit-reports'] },
    });
    expect(screen.getByText('2 of 4 done')).toBeInTheDocument();
    unmount();
    renderView(EVERYTHING, 'fr');
    const again = within(section('Votre liste de mesures')).getAllByRole('checkbox');
    expect(again.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false, true, false]);
  });

  it('keeps ticks apart for different answers on the same device', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView(EVERYTHING);
    await user.click(within(section('Your checklist')).getAllByRole('checkbox')[0]!);
    unmount();
    const someoneElse = { ...EVERYTHING, answers: { relationships: [{ type: 'prepaid', from: '2019-01', to: 'present' }] } };
    renderView(someoneElse as typeof EVERYTHING);
    const boxes = within(section('Your checklist')).getAllByRole('checkbox');
    expect(boxes.every((b) => !(b as HTMLInputElement).checked)).toBe(true);
    expect(section('Your checklist').querySelector('.notice')).toBeNull();
  });

  it('sets aside version-1 ticks (shared by every result) with a quiet notice', () => {
    localStorage.setItem(PROGRESS_KEY, '{"v":1,"done":["credit-freeze"]}');
    renderView(EVERYTHING);
    expect(screen.getByText(/could not be matched to these answers/)).toBeInTheDocument();
    expect(within(section('Your checklist')).getAllByRole('checkbox').every((b) => !(b as HTMLInputElement).checked)).toBe(true);
  });

  it('ignores garbage in storage with a quiet notice', () => {
    localStorage.setItem(PROGRESS_KEY, '{"v":1,"done":');
    renderView(EVERYTHING);
    expect(screen.getByText(/We found saved progress we could not read/)).toBeInTheDocument();
    expect(within(section('Your checklist')).getAllByRole('checkbox').every((b) => !(b as HTMLInputElement).checked)).toBe(true);
  });
});

describe('forget', () => {
  it('asks first, then clears every exposure-check key and the fragment', async () => {
    const user = userEvent.setup();
    const onForgotten = jest.fn();
    const link = 'http://localhost/en/results/#v1;postpaid.2015-01.present;applicant.2014-05.;prepaid.2019.unknown';
    // Opened at a place on the page: the copied link carries the answers, not the place.
    window.history.replaceState(null, '', `${link};@checklist-heading`);
    localStorage.setItem(PROGRESS_KEY, '{"v":1,"done":["credit-freeze"]}');
    localStorage.setItem('exposure-check:locale', 'en');
    localStorage.setItem('unrelated', 'keep');
    sessionStorage.setItem('exposure-check:draft', '{}');
    renderView(EVERYTHING, 'en', onForgotten);
    await user.click(screen.getByRole('button', { name: 'Forget my answers and progress' }));
    expect(screen.getByRole('heading', { name: 'Forget everything on this device?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Forget my answers and progress' })).toHaveFocus();
    expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Forget my answers and progress' }));
    await user.click(screen.getByRole('button', { name: 'Yes, forget everything' }));
    expect(onForgotten).toHaveBeenCalled();
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(localStorage.getItem('exposure-check:locale')).toBeNull();
    expect(localStorage.getItem('unrelated')).toBe('keep');
    expect(sessionStorage.getItem('exposure-check:draft')).toBeNull();
    expect(window.location.hash).toBe('');
  });
});

describe('take it with you', () => {
  it('copies the link, or shows it to copy by hand', async () => {
    const user = userEvent.setup();
    const link = 'http://localhost/en/results/#v1;postpaid.2015-01.present;applicant.2014-05.;prepaid.2019.unknown';
    // Opened at a place on the page: the copied link carries the answers, not the place.
    window.history.replaceState(null, '', `${link};@checklist-heading`);
    renderView(EVERYTHING);
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy link to these results' }));
    expect(writeText).toHaveBeenCalledWith(link);
    expect(screen.getByText('Link copied.')).toBeInTheDocument();

    writeText.mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy link to these results' }));
    await act(async () => new Promise((r) => requestAnimationFrame(() => r())));
    const field = screen.getByRole('textbox', { name: /did not let us copy/ });
    expect(field).toHaveValue(link);
    expect(screen.getByRole('link', { name: 'Start again' })).toHaveAttribute('href', '/en/check/');
  });
});
