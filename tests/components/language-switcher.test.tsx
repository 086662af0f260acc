import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { LOCALE_STORAGE_KEY } from '@/lib/i18n/locale-choice';

let mockPathname = '/en/about/';
jest.mock('next/navigation', () => ({ usePathname: () => mockPathname }));

// The header passes the other language and its name, read from messages.
function renderIn(locale: 'en' | 'fr') {
  const messages = locale === 'en' ? en : fr;
  return render(<LanguageSwitcher target={locale === 'en' ? 'fr' : 'en'} label={messages.LanguageSwitcher.label} />);
}

beforeEach(() => {
  localStorage.clear();
  window.history.replaceState(null, '', '/en/about/?q=1#v1;postpaid.2016-01.present');
  mockPathname = '/en/about/';
});

test('links to the same page in French, keeping query and fragment, with lang attributes', async () => {
  const { container } = renderIn('en');
  const link = screen.getByRole('link', { name: 'Français' });
  expect(link).toHaveAttribute('lang', 'fr');
  expect(link).toHaveAttribute('hreflang', 'fr');
  expect(link).toHaveAttribute('href', '/fr/about/?q=1#v1;postpaid.2016-01.present');
  expect(await axe(container)).toHaveNoViolations();
});

test('follows fragment changes made after render', async () => {
  renderIn('en');
  window.history.replaceState(null, '', '/en/about/#v1;prepaid.2019.present');
  act(() => {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  expect(await screen.findByRole('link', { name: 'Français' })).toHaveAttribute('href', '/fr/about/#v1;prepaid.2019.present');
});

test('remembers the choice when used, from French to English too', async () => {
  mockPathname = '/fr/about/';
  window.history.replaceState(null, '', '/fr/about/');
  renderIn('fr');
  const link = screen.getByRole('link', { name: 'English' });
  expect(link).toHaveAttribute('href', '/en/about/');
  link.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot navigate
  await userEvent.click(link);
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
});
