import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { CATALOG } from '@/lib/catalog';
import { SOURCES } from '@/lib/catalog/sources';

const OWN = ['Catalog', 'Incidents', 'Fields', 'Glossary', 'About', 'IncidentsIndex', 'IncidentPage'] as const;

function leaves(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (o && typeof o === 'object')
    return Object.entries(o).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}
const own = (messages: Record<string, unknown>) => OWN.flatMap((ns) => leaves(messages[ns], ns));

describe('catalog wording', () => {
  it('writes English dates in US style (September 1, 2013), never "1 September"', () => {
    const uk = own(en).filter(([, text]) =>
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(text),
    );
    expect(uk).toEqual([]);
  });

  it('writes French first of the month as « 1er »', () => {
    const bad = own(fr).filter(([, text]) =>
      /(^|\s)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/.test(text),
    );
    expect(bad).toEqual([]);
  });

  it('never shows visitors the project’s history ("seed", "started from")', () => {
    for (const messages of [en, fr]) {
      const bad = own(messages).filter(([, text]) => /seed|started from|origine de ce projet/i.test(text));
      expect(bad).toEqual([]);
    }
    const shown = SOURCES.flatMap((s) => [s.title, s.publisher]).filter((text) => /seed/i.test(text));
    expect(shown).toEqual([]);
  });

  it('gives every press article without a web address a publisher in both languages', () => {
    for (const s of SOURCES.filter((x) => x.key.startsWith('seed'))) {
      expect(en.Catalog.sourcePublisher).toHaveProperty(s.key);
      expect(fr.Catalog.sourcePublisher).toHaveProperty(s.key);
    }
  });

  it('uses the results page’s term for discovery', () => {
    expect(en.Catalog.dates.discovered).toBe('Discovered');
    expect(fr.Catalog.dates.discovered).toBe('Découverte');
  });

  it('agrees French offer statuses with « offre » (feminine)', () => {
    expect(fr.Catalog.offerStatus.ended).toBe('Terminée');
    expect(fr.Catalog.offerStatus.unknown).toMatch(/terminée$/);
    expect(fr.Catalog.endedOn).toMatch(/^Terminée /);
  });

  it('distinguishes members of a group that share a relationship', () => {
    for (const incident of CATALOG)
      for (const p of incident.populations) {
        const seen = new Map<string, number>();
        p.members.forEach((m, i) => {
          const before = seen.get(m.relationship);
          if (before !== undefined)
            for (const messages of [en, fr]) {
              const members = (
                (messages.Incidents as Record<string, { populations: Record<string, { members?: Record<string, string> }> }>)[
                  incident.id
                ]?.populations[p.id]?.members ?? {}
              );
              expect({ id: `${incident.id}.${p.id}.m${i}`, has: `m${i}` in members || `m${before}` in members }).toEqual({
                id: `${incident.id}.${p.id}.m${i}`,
                has: true,
              });
            }
          seen.set(m.relationship, i);
        });
      }
  });
});
