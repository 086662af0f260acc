import { chooseLocale, localizedHref } from '@/lib/i18n/locale-choice';
import { rootRedirectScript } from '@/lib/i18n/root-redirect';
import { LOCALE_STORAGE_KEY } from '@/lib/i18n/locale-choice';

describe('chooseLocale', () => {
  it.each([
    ['fr', ['en-US'], 'fr'],
    ['en', ['fr-FR'], 'en'],
    [null, ['fr-FR', 'en-US'], 'fr'],
    [null, ['fr-CA'], 'fr'],
    [null, ['de-DE', 'fr'], 'fr'],
    [null, ['de-DE', 'es'], 'en'],
    [null, [], 'en'],
    ['xx', ['en-GB'], 'en'],
    [42, [null, 7, 'FR_be'], 'fr'],
  ])('saved %p, languages %p -> %p', (saved, languages, expected) => {
    expect(chooseLocale(saved, languages)).toBe(expected);
  });
});

describe('localizedHref', () => {
  const loc = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });
  it('swaps the locale and keeps path, query and fragment', () => {
    expect(localizedHref('fr', loc('/en/results/', '?a=1', '#v1.abc'))).toBe('/fr/results/?a=1#v1.abc');
  });
  it('handles the locale home with and without trailing slash', () => {
    expect(localizedHref('en', loc('/fr/'))).toBe('/en/');
    expect(localizedHref('en', loc('/fr'))).toBe('/en/');
  });
  it('adds a locale to a path without one', () => {
    expect(localizedHref('fr', loc('/'))).toBe('/fr/');
    expect(localizedHref('fr', loc('/about/'))).toBe('/fr/about/');
  });
});

describe('rootRedirectScript', () => {
  function run(saved: string | null, languages: string[] | undefined, opts: { throws?: boolean } = {}) {
    const replaced: string[] = [];
    const window = {
      localStorage: {
        getItem: (key: string) => {
          if (opts.throws) throw new Error('denied');
          return key === LOCALE_STORAGE_KEY ? saved : null;
        },
      },
      location: { search: '?q=1', hash: '#h', replace: (url: string) => replaced.push(url) },
    };
    const navigator = { languages, language: languages?.[0] };
    new Function('window', 'navigator', rootRedirectScript())(window, navigator);
    return replaced;
  }
  it('follows the same rule as chooseLocale', () => {
    expect(run(null, ['fr-FR'])).toEqual(['/fr/?q=1#h']);
    expect(run(null, ['en-US', 'fr'])).toEqual(['/en/?q=1#h']);
    expect(run('fr', ['en-US'])).toEqual(['/fr/?q=1#h']);
    expect(run('garbage', ['de'])).toEqual(['/en/?q=1#h']);
    expect(run(null, undefined)).toEqual(['/en/?q=1#h']);
    expect(run('fr', ['en'], { throws: true })).toEqual(['/en/?q=1#h']);
    expect(run(null, [' fr-FR '])).toEqual(['/fr/?q=1#h']);
  });
});
