import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { NextIntlClientProvider } from 'next-intl';
import { ResultsView } from '@/components/results/ResultsView';
import type { ResultsData } from '@/components/results/context';
import { getIncident } from '@/lib/catalog';
import { pickMessages } from '@/lib/i18n/pick';
import { RESULTS_MESSAGES } from '@/lib/results/page-messages';
import { PROGRESS_KEY, progressIdOf } from '@/lib/results/progress';
import { assess } from '@/lib/assessment/assess';
import { AS_OF, EVERYTHING, FORMER, MESSAGES, NOTHING, POSSIBLE_ONLY, POSTPAID_2016 } from './fixtures/results';

function renderView(fixture: typeof NOTHING, locale: 'en' | 'fr' = 'en', onForgotten = jest.fn()) {
  const data: ResultsData = { ...fixture, incident: getIncident };
  // The messages the page really sends: a key the trimming drops shows up here as a raw id.
  return render(
    <NextIntlClientProvider locale={locale} messages={pickMessages(MESSAGES[locale], RESULTS_MESSAGES)} timeZone="UTC">
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

describe('summary: the first screen', () => {
  it('says nothing was found without saying "not affected"', () => {
    renderView(NOTHING);
    expect(screen.getByTestId('summary-sentence')).toHaveTextContent('We found no documented incident that matches your answers');
    expect(screen.queryByTestId('summary-data')).toBeNull();
  });
  it('names the likely incidents, the most sensitive data and the first action with its Done box', async () => {
    const user = userEvent.setup();
    renderView(POSTPAID_2016);
    const incidents = screen.getByTestId('summary-incidents');
    expect(incidents).toHaveTextContent('The August 2021 cyberattack');
    expect(within(incidents).getAllByRole('link')[0]).toHaveAttribute('href', expect.stringMatching(/^#v1;postpaid\.2016\.present;@incident-/));
    expect(screen.getByTestId('summary-data')).toHaveTextContent(/^Your most sensitive data likely exposed: Social Security number/);
    expect(screen.getByTestId('most-urgent')).toHaveTextContent('Freeze your credit');
    expect(screen.getByRole('link', { name: /How to do it/ })).toHaveAttribute('href', expect.stringMatching(/;@action-credit-freeze$/));
    // The summary's Done box is the checklist's tick.
    await user.click(screen.getByLabelText(/Done – Freeze your credit/, { selector: '#first-done-credit-freeze' }));
    expect(document.getElementById('done-credit-freeze')).toBeChecked();
  });
  it('never shows a bare 0: when nothing is likely, possible data is named in words', () => {
    renderView(POSSIBLE_ONLY, 'fr');
    expect(screen.getByTestId('summary-sentence')).toHaveTextContent(/Aucun incident ne correspond clairement/);
    expect(screen.getByTestId('summary-data')).toHaveTextContent(/peut-être exposées :/);
    expect(screen.queryByText(/^0$/)).toBeNull();
  });
});

describe('incidents', () => {
  it('shows likely incidents collapsed, with name, status and one reason on the line you tap', () => {
    renderView(EVERYTHING);
    const s = section('The incidents');
    const likely = s.querySelectorAll('details.incident-card--likely');
    expect(likely.length).toBeGreaterThan(0);
    for (const card of likely) {
      expect(card).not.toHaveAttribute('open');
      expect(card.querySelector('summary')).toHaveTextContent('Likely');
    }
  });
  it('puts every possible incident under one disclosure', () => {
    renderView(POSSIBLE_ONLY);
    const s = section('The incidents');
    const possible = POSSIBLE_ONLY.assessment.incidents.filter((i) => i.status === 'possible').length;
    const disclosure = within(s).getByText(`${possible} incidents possibly touched you`);
    expect(disclosure.tagName).toBe('SUMMARY');
    expect(disclosure.parentElement!.querySelectorAll('details.incident-card')).toHaveLength(possible);
  });
  it('links each card to its incident page', () => {
    renderView(POSSIBLE_ONLY);
    const links = within(section('The incidents')).getAllByRole('link', { name: /More about this incident/, hidden: true });
    const possible = POSSIBLE_ONLY.assessment.incidents.filter((i) => i.status === 'possible').map((i) => `/en/incidents/${i.id}/`);
    expect(links.map((l) => l.getAttribute('href')).sort()).toEqual(possible.sort());
  });
});

describe('dates and the basis of the plan', () => {
  it('gives the review date in one short line', () => {
    renderView(EVERYTHING);
    expect(screen.getByTestId('results-dates')).toHaveTextContent('Incident facts as reviewed on November 29, 2026.');
  });
  it('lists the answers and the review date for the printout', () => {
    renderView(EVERYTHING);
    const basis = screen.getByTestId('answers-basis');
    expect(basis).toHaveClass('print-only');
    expect(within(basis).getAllByRole('listitem')).toHaveLength(EVERYTHING.answers.relationships.length);
    expect(basis).toHaveTextContent('November 29, 2026');
    expect(basis).toHaveTextContent('Assessment made in this browser on January 15, 2026.');
  });
});

describe('timeline', () => {
  it('lists only the incidents that concerned the person, with the result beside the name', () => {
    renderView(EVERYTHING);
    const s = section('Your timeline');
    const items = s.querySelectorAll('.timeline-item');
    const concerned = EVERYTHING.assessment.incidents.filter((i) => i.status !== 'not-affected');
    expect(items).toHaveLength(concerned.length);
    for (const item of items) expect(item.querySelector('.status')).not.toBeNull();
  });
});

describe('dates on the results page', () => {
  // What one formatter writes, in the words of each language (ICU spaces vary around range dashes).
  const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u2009\u202f]/gu, ' ');

  it('says a relationship of one year once: "en 2020", never "de 2020 à 2020"', () => {
    const one = { answers: { relationships: [{ type: 'postpaid' as const, from: '2020', to: '2020' }] } };
    const data = { ...one, assessment: assess(one.answers, { asOf: AS_OF }) };
    renderView(data, 'fr');
    const list = plain(section('Votre chronologie').querySelector('.timeline-relationships')!.textContent);
    expect(list).toMatch(/ : en 2020$/u);
    expect(list).not.toMatch(/de 2020 à 2020/u);
  });

  it('writes ranges once and approximate days with « vers le » (fr) and "about" (en)', () => {
    renderView(EVERYTHING, 'fr');
    const card = document.getElementById('incident-2021-08-cyberattack')!.closest('details')!;
    expect(plain(card.textContent)).toContain('vers le 12–14 août 2021');
    expect(plain(card.textContent)).toContain('16 août 2021');
    const pin = plain(document.getElementById('incident-2023-04-pin')!.closest('details')!.textContent);
    expect(pin).toContain('24 février – 30 mars 2023');
  });

  it('writes the timeline months with the range format of each language', () => {
    renderView(EVERYTHING, 'en');
    const whens = [...section('Your timeline').querySelectorAll('.timeline-item__when')].map((e) => plain(e.textContent));
    expect(whens).toContain('August 2021');
    expect(whens).toContain('November 2022 – January 2023');
    const card = document.getElementById('incident-2021-08-cyberattack')!.closest('details')!;
    expect(plain(card.textContent)).toContain('about August 12 – 14, 2021');
  });
});

describe('possible: what would make it likely', () => {
  it('says it in one sentence from the engine, in both languages, after the status', () => {
    const answers = { relationships: [{ type: 'postpaid' as const, from: '2021-08', to: 'present' as const }] };
    const data = { answers, assessment: assess(answers, { asOf: AS_OF }) };
    renderView(data, 'fr');
    const card = document.getElementById('incident-2021-08-cyberattack')!.closest('details')!;
    expect(card).toHaveTextContent('Possible');
    const sentence = 'en août 2021, du premier au dernier jour du mois, vos données ont probablement été exposées.';
    // Said once, although two groups of the incident give it.
    expect(card.textContent!.split(sentence)).toHaveLength(2);
  });
});

describe('exposed data', () => {
  it('puts likely first, the most sensitive first, possible ones under one disclosure', () => {
    renderView(POSTPAID_2016);
    const items = [...section('Your data that was exposed').querySelectorAll<HTMLElement>('[data-field]')];
    expect(items[0]!.dataset.field).toBe('ssn');
    expect(within(items[0]!).getByRole('link', { name: /What is this/, hidden: true })).toHaveAttribute('href', '/en/glossary/#field-ssn');
    expect(within(items[0]!).getAllByRole('link', { hidden: true })[0]).toHaveAttribute('href', expect.stringMatching(/^#v1;.*;@incident-/));
  });
  it('says when nothing was exposed', () => {
    renderView(NOTHING);
    expect(section('Your data that was exposed')).toHaveTextContent('None of your data appears');
  });
});

describe('checklist', () => {
  it('groups the plan: Do now with its time first, then the account, and counts only what applies', () => {
    renderView(POSTPAID_2016);
    const s = section('Your checklist');
    const groups = within(s).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups[0]).toBe('Do now');
    expect(groups).toContain('Your T\u2011Mobile account');
    expect(s.querySelector('.plan-group--now .plan-group__meta')).toHaveTextContent(/About \d+ min/);
    const counted = POSTPAID_2016.assessment.actions.filter((a) => a.available && a.countsTowardProgress).length;
    expect(within(s).getByText(`0 of ${counted} done`)).toBeInTheDocument();
    // Steps are collapsed; they open on tap.
    const first = s.querySelector('[data-action="credit-freeze"] details')!;
    expect(first).not.toHaveAttribute('open');
  });

  it('sets account steps apart for a former customer and leaves them out of the count', () => {
    renderView(FORMER);
    const s = section('Your checklist');
    const apart = FORMER.assessment.actions.filter((a) => a.available && !a.countsTowardProgress);
    expect(apart.length).toBeGreaterThan(0);
    const group = within(s).getByRole('region', { name: 'Only if you still have a T\u2011Mobile or Metro account' });
    for (const a of apart) expect(group.querySelector(`[data-action="${a.id}"]`)).not.toBeNull();
    const counted = FORMER.assessment.actions.filter((a) => a.available && a.countsTowardProgress).length;
    expect(within(s).getByText(`0 of ${counted} done`)).toBeInTheDocument();
  });

  it('acknowledges a finished "Do now" group and a finished list', async () => {
    const user = userEvent.setup();
    renderView(POSTPAID_2016);
    const s = section('Your checklist');
    for (const box of s.querySelectorAll<HTMLInputElement>('.plan-group--now input[type=checkbox]')) await user.click(box);
    expect(within(s).getByText(/You have done everything to do now/)).toBeInTheDocument();
    for (const box of s.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:checked)')) await user.click(box);
    expect(within(s).getByText(/Your whole checklist is done/)).toBeInTheDocument();
  });

  it('shows offers apart, never with a Done box', () => {
    renderView(EVERYTHING);
    const s = section('Your checklist');
    const offers = EVERYTHING.assessment.actions.filter((a) => !a.available);
    for (const offer of offers) {
      const item = s.querySelector(`[data-action="${offer.id}"]`) as HTMLElement;
      expect(item.closest('.plan-offers')).not.toBeNull();
      expect(within(item).queryByRole('checkbox', { hidden: true })).toBeNull();
    }
  });

  it('saves ticks by action id and reads them back', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView(EVERYTHING);
    const boxes = within(section('Your checklist')).getAllByRole('checkbox');
    await user.click(boxes[0]!);
    const id = boxes[0]!.id.replace(/^done-/, '');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!)).toEqual({ v: 2, sets: { [progressIdOf(EVERYTHING.answers)]: [id] }, order: [progressIdOf(EVERYTHING.answers)] });
    unmount();
    renderView(EVERYTHING, 'fr');
    expect(document.getElementById(`done-${id}`)).toBeChecked();
  });

  it('keeps ticks apart for different answers on the same device', async () => {
    const user = userEvent.setup();
    const { unmount } = renderView(EVERYTHING);
    await user.click(within(section('Your checklist')).getAllByRole('checkbox')[0]!);
    unmount();
    renderView(POSTPAID_2016);
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

describe('field labels inside a sentence', () => {
  // Labels stand alone with a capital ("Date de naissance" on a card); in a sentence they are
  // lower case in French and English, except acronyms and proper nouns ("SSN", "Social Security").
  const capitalAllowed = /^(\p{Lu}[\p{Lu}\d]+\b|T\u2011Mobile\b|Social Security\b)/u;
  /** The items of the list that follows the sentence's colon, without the "and 2 more" tail. */
  const listItems = (text: string) =>
    text
      .slice(text.indexOf(':') + 1)
      .split(' · ')[0]!
      .replace(/\.$/, '')
      .split(/, | et | and /)
      .map((item) => item.trim())
      .filter((item) => item && !/^\d/.test(item));
  const capitalised = (items: string[]) => items.filter((i) => /^\p{Lu}/u.test(i) && !capitalAllowed.test(i));

  it.each(['fr', 'en'] as const)('lists data in lower case in the summary, the checklist and link names (%s)', (locale) => {
    renderView(EVERYTHING, locale);
    const sentences = [
      screen.getByTestId('summary-data').textContent!,
      ...[...document.querySelectorAll('.action__why')].map((p) => p.textContent!),
      ...[...document.querySelectorAll('.field-card a[aria-label]')].map((a) => a.getAttribute('aria-label')!),
    ];
    const items = sentences.flatMap(listItems);
    expect(items.length).toBeGreaterThan(10);
    expect(capitalised(items)).toEqual([]);
    // A key missing from the messages the page sends would show the field's id instead.
    expect(items.filter((i) => /_|^(ssn|imei|imsi)$/.test(i))).toEqual([]);
    if (locale === 'fr') expect(screen.getByTestId('summary-data')).toHaveTextContent(/exposées\s: numéro de sécurité sociale américain \(SSN\), numéro de permis de conduire, numéro de pièce d’identité et \d+ autres/);
  });
});
