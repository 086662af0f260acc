// Typography rules for the messages, applied by scripts/typography.ts and
// checked by tests/unit/typography.test.ts, so nobody places a no-break space
// or a non-breaking hyphen by hand (docs/terms.md lists the rules).
//
// Every rule is a regular expression replacement that reaches a fixed point in
// one pass, so fixing twice changes nothing.
//
// The characters go into the message files rather than being added when a
// page renders: next-intl's plugin precompiles the messages at build time, so
// a render-time pass would have to reach into compiled messages on the server
// and in every client bundle. In the files, one rule covers every page, the
// print view, page titles and the browser's own UI alike.

export type Locale = 'en' | 'fr';

/** Narrow no-break space: French punctuation, quotes, thousands, percent (what Intl.NumberFormat('fr') uses). */
export const NNBSP = '\u202f';
/** No-break space: inside dates and between a number and its unit word. */
export const NBSP = '\u00a0';
/** Non-breaking hyphen: the brand and phone numbers never break at their hyphens. */
export const NBHY = '\u2011';

const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const EN_MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Capitalised words that may follow a French colon: proper nouns and brands. Acronyms are always allowed. */
const PROPER_NOUNS = new Set([
  'Account',
  'Boost',
  'Equifax',
  'Experian',
  'Exposure',
  'IdentityTheft.gov',
  'Metro',
  'MetroPCS',
  'Scam',
  'Sprint',
  'T‑Mobile',
  'TransUnion',
]);

// Web addresses are left exactly as written: a "?" or ":" in them is not punctuation.
const URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|gov|org|net|fr|ca|io)\b\S*/giu;

type Rule = { name: string; locales: readonly Locale[]; fix: (text: string) => string };

const SPACE = `[ ${NBSP}${NNBSP}]`;
// \uE001 ends a masked web address, which punctuation may follow.
const WORD_END = `[\\p{L}\\p{N}’)»}>\\]…\uE001]`;

const RULES: readonly Rule[] = [
  {
    name: 'the brand T-Mobile never breaks (non-breaking hyphen)',
    locales: ['en', 'fr'],
    fix: (t) => t.replace(/\bT-Mobile\b/gu, `T${NBHY}Mobile`),
  },
  {
    name: 'phone numbers like 1-800-T-MOBILE never break',
    locales: ['en', 'fr'],
    fix: (t) => t.replace(/\b1[-‑]800(?:[-‑][0-9A-Z]+)+\b/gu, (m) => m.replaceAll('-', NBHY)),
  },
  {
    name: 'French: narrow no-break space before ; ! ? (and none missing)',
    locales: ['fr'],
    fix: (t) => t.replace(new RegExp(`(${WORD_END})${SPACE}*([;!?])`, 'gu'), `$1${NNBSP}$2`),
  },
  {
    name: 'French: narrow no-break space before a colon (and none missing)',
    locales: ['fr'],
    // A colon followed by a space or the end is punctuation; "10:30" or "https:" are not.
    fix: (t) => t.replace(new RegExp(`(${WORD_END})${SPACE}*:(?=[ ${NBSP}${NNBSP}]|$)`, 'gu'), `$1${NNBSP}:`),
  },
  {
    name: 'French: narrow no-break spaces inside « »',
    locales: ['fr'],
    fix: (t) => t.replace(new RegExp(`«${SPACE}*`, 'gu'), `«${NNBSP}`).replace(new RegExp(`${SPACE}*»`, 'gu'), `${NNBSP}»`),
  },
  {
    name: 'French: narrow no-break space before %',
    locales: ['fr'],
    fix: (t) => t.replace(new RegExp(`(\\d)${SPACE}*%`, 'gu'), `$1${NNBSP}%`),
  },
  {
    name: 'French: narrow no-break space between groups of thousands (25 000)',
    locales: ['fr'],
    fix: (t) => t.replace(new RegExp(`(?<=\\d)${SPACE}(?=\\d{3}(?!\\d))`, 'gu'), NNBSP),
  },
  {
    name: 'French: dates do not split (16 août 2021, 1er septembre, août 2021)',
    locales: ['fr'],
    fix: (t) =>
      t
        .replace(new RegExp(`\\b(1er|\\d{1,2}) +(${FR_MONTHS})\\b`, 'gu'), `$1${NBSP}$2`)
        .replace(new RegExp(`(?<![\\p{L}])(${FR_MONTHS}) +(\\d{4})\\b`, 'giu'), `$1${NBSP}$2`),
  },
  {
    name: 'English: dates do not split (August 16, 2021, Aug 2021)',
    locales: ['en'],
    fix: (t) =>
      t
        .replace(new RegExp(`\\b(${EN_MONTHS})\\.? +(\\d{1,2})(,?) +(\\d{4})\\b`, 'gu'), `$1 $2$3 $4`.replaceAll(' ', NBSP))
        .replace(new RegExp(`\\b(${EN_MONTHS})\\.? +(\\d{1,2}|\\d{4})\\b`, 'gu'), (m) => m.replace(/ +/u, NBSP)),
  },
  {
    name: 'a number stays with its unit word (7,8 millions, 40 million)',
    locales: ['en', 'fr'],
    fix: (t) => t.replace(/(\d) +(millions?|milliards?|billions?)\b/gu, `$1${NBSP}$2`),
  },
  {
    name: 'French: lower-case letter after a colon, unless a proper noun or an acronym follows',
    locales: ['fr'],
    fix: (t) =>
      t.replace(new RegExp(`${NNBSP}:([ ${NBSP}]+)(\\p{Lu}[\\p{L}‑.]*)`, 'gu'), (m, space: string, word: string) =>
        isProperOrAcronym(word) ? m : `${NNBSP}:${space}${word.charAt(0).toLowerCase()}${word.slice(1)}`,
      ),
  },
];

function isProperOrAcronym(word: string): boolean {
  const bare = word.replace(/[.]+$/u, '');
  return PROPER_NOUNS.has(bare) || /^\p{Lu}[\p{Lu}\d‑-]+/u.test(bare);
}

/** Applies every rule of the locale to one message, leaving web addresses untouched. */
export function fixTypography(locale: Locale, text: string): string {
  const urls: string[] = [];
  const masked = text.replace(URL, (m) => {
    urls.push(m);
    return `\uE000${urls.length - 1}\uE001`;
  });
  let out = masked;
  for (const rule of RULES) if (rule.locales.includes(locale)) out = rule.fix(out);
  return out.replace(/\uE000(\d+)\uE001/gu, (_, i: string) => urls[Number(i)] ?? '');
}

/** The names of the rules a message breaks (empty when it is clean). */
function typographyProblems(locale: Locale, text: string): string[] {
  if (fixTypography(locale, text) === text) return [];
  // Name the rules that change the message on their own; some only apply after another one.
  const named = RULES.filter((rule) => rule.locales.includes(locale) && fixOne(rule, text) !== text).map((r) => r.name);
  return named.length > 0 ? named : ['several rules together'];
}

function fixOne(rule: Rule, text: string): string {
  const urls: string[] = [];
  const masked = text.replace(URL, (m) => {
    urls.push(m);
    return `\uE000${urls.length - 1}\uE001`;
  });
  return rule.fix(masked).replace(/\uE000(\d+)\uE001/gu, (_, i: string) => urls[Number(i)] ?? '');
}

type Tree = { [key: string]: Tree | string };

/** Fixes every string under the given top-level namespaces (all of them when `namespaces` is empty). */
export function fixMessages(locale: Locale, messages: Tree, namespaces: readonly string[] = []): Tree {
  const walk = (node: Tree | string): Tree | string =>
    typeof node === 'string'
      ? fixTypography(locale, node)
      : Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
  return Object.fromEntries(
    Object.entries(messages).map(([ns, v]) => [ns, namespaces.length === 0 || namespaces.includes(ns) ? walk(v) : v]),
  );
}

/** Every message that breaks a rule, as "Namespace.key: rule". */
export function listProblems(locale: Locale, messages: Tree): string[] {
  const out: string[] = [];
  const walk = (node: Tree | string, path: string) => {
    if (typeof node === 'string') {
      for (const p of typographyProblems(locale, node)) out.push(`${path}: ${p}`);
    } else for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(messages, '');
  return out;
}
