import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderToStaticMarkup } from 'react-dom/server';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { LOCALE_STORAGE_KEY, localizedHref } from '@/lib/i18n/locale-choice';
import { languageSwitchScript } from '@/lib/i18n/switch-script';

let mockPathname = '/en/about/';
jest.mock('next/navigation', () => ({ usePathname: () => mockPathname }));

// The header passes the other language and its name, read from messages.
function switcher(locale: 'en' | 'fr') {
  const messages = locale === 'en' ? en : fr;
  return <LanguageSwitcher target={locale === 'en' ? 'fr' : 'en'} label={messages.LanguageSwitcher.label} />;
}

// The page's inline script, run once as the browser runs it (it listens on the
// document), with a location whose replace() is recorded (jsdom cannot navigate).
const replaced: string[] = [];
beforeAll(() => {
  const location = {
    get pathname() {
      return window.location.pathname;
    },
    get search() {
      return window.location.search;
    },
    get hash() {
      return window.location.hash;
    },
    replace: (url: string) => replaced.push(url),
  };
  new Function('location', languageSwitchScript())(location);
});

beforeEach(() => {
  replaced.length = 0;
  localStorage.clear();
  window.history.replaceState(null, '', '/en/about/?q=1#v1;postpaid.2016-01.present');
  mockPathname = '/en/about/';
});

test('prerendered, it is a plain link to the same page in French, with lang attributes', async () => {
  // What a content page ships: this markup and no hydration.
  expect(renderToStaticMarkup(switcher('en'))).toBe(
    '<a href="/fr/about/" hrefLang="fr" lang="fr" class="language-switcher" data-switch-locale="fr">Français</a>',
  );
  const { container } = render(switcher('en'));
  expect(await axe(container)).toHaveNoViolations();
});

test('the inline script carries query and fragment, even one changed after load, and remembers the choice', async () => {
  render(switcher('en'));
  const link = screen.getByRole('link', { name: 'Français' });
  link.addEventListener('click', (e) => e.preventDefault()); // jsdom cannot navigate
  await userEvent.click(link);
  expect(link).toHaveAttribute('href', '/fr/about/?q=1#v1;postpaid.2016-01.present');
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('fr');

  window.history.replaceState(null, '', '/en/about/#v1;prepaid.2019.present');
  fireEvent.focusIn(link);
  expect(link).toHaveAttribute('href', '/fr/about/#v1;prepaid.2019.present');
});

test('from French to English too, by keyboard', async () => {
  mockPathname = '/fr/about/';
  window.history.replaceState(null, '', '/fr/about/');
  render(switcher('fr'));
  const link = screen.getByRole('link', { name: 'English' });
  expect(link).toHaveAttribute('href', '/en/about/');
  link.addEventListener('click', (e) => e.preventDefault());
  link.focus();
  await userEvent.keyboard('{Enter}');
  expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
});

test('an address with answers is replaced, not pushed, on a plain click; a new-tab click is left alone', () => {
  render(switcher('en'));
  const link = screen.getByRole('link', { name: 'Français' });
  let prevented: boolean[] = [];
  link.addEventListener('click', (e) => {
    prevented.push(e.defaultPrevented);
    e.preventDefault();
  });
  fireEvent.click(link);
  expect(replaced).toEqual(['http://localhost/fr/about/?q=1#v1;postpaid.2016-01.present']);
  fireEvent.click(link, { ctrlKey: true });
  expect(replaced).toHaveLength(1);
  expect(prevented).toEqual([true, false]);

  // Without answers in the address, an ordinary navigation (the browser follows the href).
  prevented = [];
  window.history.replaceState(null, '', '/en/about/#section');
  fireEvent.click(link);
  expect(replaced).toHaveLength(1);
  expect(prevented).toEqual([false]);
  expect(link).toHaveAttribute('href', '/fr/about/#section');
});

test('storage that throws does not stop the switch', () => {
  render(switcher('en'));
  const link = screen.getByRole('link', { name: 'Français' });
  link.addEventListener('click', (e) => e.preventDefault());
  const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new Error('denied');
  });
  expect(() => fireEvent.click(link)).not.toThrow();
  expect(link).toHaveAttribute('href', '/fr/about/?q=1#v1;postpaid.2016-01.present');
  setItem.mockRestore();
});

test('the script builds the same href as localizedHref on every kind of path', () => {
  render(switcher('en'));
  const link = screen.getByRole('link', { name: 'Français' });
  for (const url of ['/en/', '/en', '/fr/incidents/2021-08-cyberattack/', '/', '/about/', '/en/results/?x=1#v1;a.b', '/de/x/']) {
    window.history.replaceState(null, '', url);
    fireEvent.pointerDown(link);
    expect(link.getAttribute('href')).toBe(localizedHref('fr', window.location));
  }
});
