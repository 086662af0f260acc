import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * ICU argument names used by a message, recursively. Types may differ on
 * purpose (French may pluralize a word English leaves alone), names may not.
 */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        out.add(el.value);
        break;
      case TYPE.select:
      case TYPE.plural:
        out.add(el.value);
        for (const option of Object.values(el.options)) argumentsOf(option.value, out);
        break;
      case TYPE.tag:
        out.add(`<${el.value}>`);
        argumentsOf(el.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

const enLeaves = leaves(en as Tree);
const frLeaves = leaves(fr as Tree);

describe('message catalogs', () => {
  it('have exactly the same keys in English and French', () => {
    const onlyEn = [...enLeaves.keys()].filter((k) => !frLeaves.has(k));
    const onlyFr = [...frLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ onlyEn, onlyFr }).toEqual({ onlyEn: [], onlyFr: [] });
  });

  it('have no empty value', () => {
    const empty = [...enLeaves, ...frLeaves].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('parse as ICU and use the same arguments and tags in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, enValue] of enLeaves) {
      const frValue = frLeaves.get(key);
      if (frValue === undefined) continue;
      let enArgs: string[];
      let frArgs: string[];
      try {
        enArgs = [...argumentsOf(parse(enValue))].sort();
        frArgs = [...argumentsOf(parse(frValue))].sort();
      } catch (error) {
        mismatches.push(`${key}: does not parse (${String(error)})`);
        continue;
      }
      if (enArgs.join() !== frArgs.join()) mismatches.push(`${key}: en {${enArgs}} fr {${frArgs}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('contain no HTML: no attributes, no entities (rich text goes through t.rich tags)', () => {
    const html = [...enLeaves, ...frLeaves].filter(([, v]) => /<[a-z]+\s+[a-z-]+=|&[a-z]+;|&#\d+;/i.test(v)).map(([k]) => k);
    expect(html).toEqual([]);
  });
});
