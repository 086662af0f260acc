import { IntlMessageFormat } from 'intl-messageformat';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CATALOG } from '@/lib/catalog';
import { GLOSSARY_TERMS } from '@/lib/catalog/glossary';
import { AFTERMATH } from '@/lib/catalog/aftermath';
import { MINOR_INCIDENTS, OPEN_QUESTIONS } from '@/lib/catalog/minor';
import { SOURCES, publisherText } from '@/lib/catalog/sources';
import { CONFIDENCE_LEVELS, FIELD_IDS, RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';

const LOCALES = { en, fr } as Record<string, unknown>;
const OWN = ['Fields', 'Relationships', 'Catalog', 'Incidents', 'IncidentsIndex', 'IncidentPage', 'Glossary', 'About'];

function get(messages: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);
}

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object')
    return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

/** Every key the catalog pages look up, derived from the data. */
function requiredKeys(): string[] {
  const keys: string[] = [];
  for (const f of FIELD_IDS) keys.push(`Fields.${f}.label`, `Fields.${f}.inSentence`, `Fields.${f}.short`, `Fields.${f}.risk`);
  for (const r of RELATIONSHIP_TYPES) keys.push(`Relationships.${r}.label`, `Relationships.${r}.hint`);
  for (const c of CONFIDENCE_LEVELS)
    keys.push(
      `Catalog.confidence.${c}.label`,
      `Catalog.confidence.${c}.description`,
      `Catalog.confidence.${c}.sentence`,
      `Catalog.confidence.${c}.short`,
    );
  for (const s of SOURCES) if ('role' in s) keys.push(`Catalog.publisherRole.${s.role}`);
  for (const a of AFTERMATH)
    for (const k of ['title', 'body', 'details', 'unconfirmed']) keys.push(`Catalog.aftermath.${a.id}.${k}`);
  for (const i of CATALOG) {
    const base = `Incidents.${i.id}`;
    keys.push(`${base}.headline`, `${base}.who`, `${base}.summary`);
    for (const p of i.populations) {
      keys.push(`${base}.populations.${p.id}.label`, `Catalog.reach.${p.reach}`);
      for (const c of p.counts) keys.push(`Catalog.counts.${c.id}`, `Catalog.nature.${c.nature}`);
    }
    for (const c of i.totals) keys.push(`Catalog.counts.${c.id}`, `Catalog.nature.${c.nature}`);
    for (const o of i.offers)
      keys.push(
        `${base}.offers.${o.id}.title`,
        `${base}.offers.${o.id}.body`,
        `Catalog.offerStatus.${o.status}`,
        `Catalog.offerKind.${o.kind ?? 'offer'}`,
      );
    for (const e of i.excluded ?? []) keys.push(`${base}.excluded.${e.id}`);
  }
  for (const t of GLOSSARY_TERMS) keys.push(`Glossary.terms.${t.id}.term`, `Glossary.terms.${t.id}.definition`);
  for (const m of MINOR_INCIDENTS) keys.push(`About.minor.${m.id}`);
  for (const q of OPEN_QUESTIONS) keys.push(`About.open.${q}`);
  return keys;
}

describe.each(Object.keys(LOCALES))('catalog messages in %s', (locale) => {
  const messages = LOCALES[locale];

  it('has every key the catalog data needs (field and relationship labels included)', () => {
    const missing = requiredKeys().filter(
      (k) => typeof get(messages, k) !== 'string' || (get(messages, k) as string).trim() === '',
    );
    expect(missing).toEqual([]);
  });

  it('has only valid ICU messages without HTML in the catalog namespaces', () => {
    const bad: string[] = [];
    for (const ns of OWN)
      for (const [key, text] of leaves(get(messages, ns), ns)) {
        try {
          new IntlMessageFormat(text, locale, undefined, { ignoreTag: false });
        } catch (e) {
          bad.push(`${key}: ${String(e)}`);
        }
        if (/<(?!\/?(link|strong|incidents|glossary)>)[a-z]/i.test(text)) bad.push(`${key}: HTML-like tag`);
        if (text.includes("'")) bad.push(`${key}: ASCII apostrophe (use ’)`);
      }
    expect(bad).toEqual([]);
  });

  it('writes summaries of 3 to 6 sentences', () => {
    for (const i of CATALOG) {
      const summary = get(messages, `Incidents.${i.id}.summary`) as string;
      const sentences = summary.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý«“])/).length;
      expect({ id: i.id, sentences: Math.min(Math.max(sentences, 3), 6) }).toEqual({ id: i.id, sentences });
    }
  });
});

it('uses the same catalog keys in English and French', () => {
  for (const ns of OWN) {
    const a = leaves((en as Record<string, unknown>)[ns], ns)
      .map(([k]) => k)
      .sort();
    const b = leaves((fr as Record<string, unknown>)[ns], ns)
      .map(([k]) => k)
      .sort();
    expect(b).toEqual(a);
  }
});

/** What a page shows as a source's publisher, formatted like next-intl would. */
function shownPublisher(messages: unknown, locale: string, key: string) {
  const source = SOURCES.find((s) => s.key === key)!;
  const t = Object.assign(
    (k: string, values?: Record<string, string>) =>
      String(new IntlMessageFormat(get(messages, `Catalog.${k}`) as string, locale).format(values)),
    { has: (k: string) => typeof get(messages, `Catalog.${k}`) === 'string' },
  );
  return publisherText(source, t);
}

it('shows no English description of a source on a French page (publishers, copies, notes)', () => {
  const english =
    /copy of|re-post|\bsupport\b|settlement website|capture of|\(law firm|law firm’s|privacy center|english paraphrase|french translation|incident tracker|attorney general|french-language|press article|news release|\bfiling\b/i;
  const shown = SOURCES.map((s) => [s.key, shownPublisher(fr, 'fr', s.key)] as const);
  expect(shown.filter(([, text]) => english.test(text))).toEqual([]);
  expect(Object.entries(fr.Catalog.sourceNote).filter(([, text]) => english.test(text))).toEqual([]);
  // the roles are really used: the same sources read as English descriptions in English
  expect(shownPublisher(en, 'en', 'TM21a')).toBe('CapEdge (copy of a T\u2011Mobile filing with the SEC)');
  expect(shownPublisher(en, 'en', 'ITG')).toBe('urlscan.io (capture of a page of identitytheft.gov)');
  expect(shownPublisher(fr, 'fr', 'PIN')).toBe('Assistance T-Mobile');
  expect(shownPublisher(fr, 'fr', 'SET')).toBe('Site officiel du règlement (t-mobilesettlement.com)');
});

it('keeps dates and descriptions out of source titles (the date is shown once, in the reader’s language)', () => {
  const month = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
  const dated = new RegExp(`\\b\\d{1,2} ${month} \\d{4}|\\b${month} \\d{1,2}, \\d{4}`);
  const described = /\((capture|paraphrase|case page|Spanish page|re-post|copy|Reuters|Law360|Michigan AG|FCC tips)\)|^Copy of/i;
  expect(SOURCES.filter((s) => dated.test(s.title) || described.test(s.title)).map((s) => s.key)).toEqual([]);
});

it('explains US-only terms in French', () => {
  expect(fr.Fields.ssn.label).toMatch(/sécurité sociale américain \(SSN\)/);
  // "Gel du dossier de crédit": "gel de crédit" reads as freezing one's own loans or cards.
  expect(fr.Glossary.terms['credit-freeze'].term).toMatch(/^gel du dossier de crédit \(credit freeze\)$/i);
  expect(fr.Glossary.terms['credit-freeze'].definition).toMatch(/gel de sécurité/);
  expect(fr.Fields.account_pin.label).toBe('Code PIN du compte');
});

it('gives every field a form for inside a sentence: lower case unless an acronym or a proper noun leads', () => {
  // A label stands alone (a card's name, a glossary term) and starts with a capital; lists in a
  // sentence ("exposées : numéro de sécurité sociale américain (SSN), date de naissance") use `inSentence`.
  const capitalAllowed = /^(\p{Lu}[\p{Lu}\d]+\b|T\u2011Mobile\b|Social Security\b)/u;
  const wrong = FIELD_IDS.flatMap((f) =>
    (['en', 'fr'] as const)
      .map((l) => [l, get(LOCALES[l], `Fields.${f}.inSentence`) as string] as const)
      .filter(([, text]) => /^\p{Lu}/u.test(text) && !capitalAllowed.test(text))
      .map(([l, text]) => `${l} ${f}: ${text}`),
  );
  expect(wrong).toEqual([]);
  expect(fr.Fields.ssn.inSentence).toBe('numéro de sécurité sociale américain (SSN)');
  expect(en.Fields.ssn.inSentence).toBe('Social Security number (SSN)');
});
