import fs from 'node:fs';
import path from 'node:path';
import { ACTIONS, type ActionDefinition } from '@/lib/assessment/actions';
import { ACTION_IDS, FIELD_IDS } from '@/lib/catalog/vocabulary';
import { getSource } from '@/lib/catalog';
import { REASON_CODES } from '@/lib/assessment/reasons';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

// The fact sheet the catalog was reviewed against, kept in the repo so the tests can read it.
const FACT_SHEET = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'research', 'incidents.md'), 'utf8');
const defs = ACTIONS as readonly ActionDefinition[];
type ActionMessages = {
  alternative?: { title: string; text: string; steps: Record<string, string>; linkLabels: Record<string, string> };
  title: string;
  why: string;
  duration: string;
  steps: Record<string, string>;
  linkLabels?: Record<string, string>;
  ended?: string;
  unknown?: string;
};
const messages = { en, fr } as unknown as Record<
  'en' | 'fr',
  { Actions: Record<string, ActionMessages>; Reasons: Record<string, string> }
>;

/** Names the fact sheet gives only as domains may be linked at their root. */
const ROOTS_NAMED_IN_FACT_SHEET = ['https://www.identitytheft.gov/', 'https://www.annualcreditreport.com/'];

describe('action data', () => {
  it('defines every action id exactly once', () => {
    expect(defs.map((a) => a.id).sort()).toEqual([...ACTION_IDS].sort());
  });

  it('every field leads to at least one action', () => {
    for (const field of FIELD_IDS) expect(defs.some((a) => a.fields.includes(field))).toBe(true);
  });

  it('only T-Mobile account settings and offers are in the account group', () => {
    expect(defs.filter((a) => a.group === 'account').map((a) => a.id)).toEqual([
      'change-account-pin',
      'account-takeover-protection',
      'sim-protection',
      'scam-shield',
      'mcafee-id-protection',
    ]);
  });

  it('possible-only exposure never makes an action "now"', () => {
    for (const a of defs) expect(a.priority.possible).not.toBe('now');
  });

  it('every action has a trigger', () => {
    for (const a of defs) expect(a.fields.length + a.incidents.length).toBeGreaterThan(0);
  });

  it.each(defs.flatMap((a) => a.links.map((l) => [a.id, l.id, l.url, l.source] as const)))(
    '%s link %s is from the fact sheet (%s)',
    (_a, _l, url, source) => {
      expect(url.startsWith('https://')).toBe(true);
      expect(url).not.toMatch(/urlscan|archive\.org|capedge|board-cybersecurity/);
      expect(FACT_SHEET.includes(url) || ROOTS_NAMED_IN_FACT_SHEET.includes(url)).toBe(true);
      if (ROOTS_NAMED_IN_FACT_SHEET.includes(url)) {
        const domain = new URL(url).hostname.replace(/^www\./, '');
        expect(FACT_SHEET.toLowerCase()).toContain(domain);
      }
      expect(getSource(source)).toBeDefined();
    },
  );

  it('no IRS or DMV link: none is in the fact sheet', () => {
    for (const a of defs) for (const l of a.links) expect(l.url).not.toMatch(/irs\.gov|dmv/i);
  });

  it('every cited source key exists', () => {
    for (const a of defs)
      for (const key of [...a.sources, ...(a.offer?.fallback.sources ?? [])])
        expect([a.id, key, getSource(key) !== undefined]).toEqual([a.id, key, true]);
    for (const a of defs)
      for (const link of a.alternative?.links ?? []) expect(FACT_SHEET.includes(link.url)).toBe(true);
  });
});

describe.each(['en', 'fr'] as const)('Actions and Reasons messages (%s)', (locale) => {
  const m = messages[locale];
  it.each(defs.map((a) => [a.id, a] as const))('%s has title, why, duration, steps and link labels', (_id, action) => {
    const entry = m.Actions[action.id];
    expect(entry).toBeDefined();
    if (!entry) return;
    for (const key of ['title', 'why', 'duration'] as const) expect(entry[key]).toEqual(expect.any(String));
    expect(Object.keys(entry.steps)).toEqual(Array.from({ length: action.steps }, (_, i) => String(i + 1)));
    expect(Object.keys(entry.linkLabels ?? {}).sort()).toEqual(action.links.map((l) => l.id).sort());
    // Action messages take no arguments, so any caller can render them as is.
    expect(entry.duration).toContain(String(action.minutes));
    for (const text of [entry.title, entry.why, entry.duration, ...Object.values(entry.steps)])
      expect(text).not.toMatch(/[{}]/);
    if (action.offer) {
      expect(entry.ended).toEqual(expect.any(String));
      expect(entry.unknown).toEqual(expect.any(String));
    }
    const alternative = action.alternative;
    if (alternative) {
      expect(entry.alternative?.title).toEqual(expect.any(String));
      expect(entry.alternative?.text).toEqual(expect.any(String));
      expect(Object.keys(entry.alternative?.steps ?? {})).toEqual(
        Array.from({ length: alternative.steps }, (_, i) => String(i + 1)),
      );
      expect(Object.keys(entry.alternative?.linkLabels ?? {}).sort()).toEqual(
        alternative.links.map((l) => l.id).sort(),
      );
    } else {
      expect(entry.alternative).toBeUndefined();
    }
  });
  it('has one Reasons message per reason code', () => {
    expect(Object.keys(m.Reasons).sort()).toEqual([...REASON_CODES].sort());
  });
  it('never puts HTML in strings', () => {
    expect(JSON.stringify([m.Actions, m.Reasons])).not.toMatch(/<\/?[a-z]+[ >]/i);
  });
});
