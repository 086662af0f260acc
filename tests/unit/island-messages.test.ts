import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import compile from 'icu-minify/compile';
import formatParsed from 'use-intl/format-message';
import formatCompiled from 'use-intl/format-message/format-only';
import { _createCache, _createIntlFormatters } from 'use-intl/core';
import type { Messages } from 'next-intl';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { ISLANDS } from '@/components/islands/islands';
import { pickMessages } from '@/lib/i18n/pick';

// The questionnaire's and the results page's prerenders format their messages
// with use-intl's full formatter (intl-messageformat parses each message); their
// islands ship them compiled ahead of time and formats them with use-intl's
// format-only runtime (scripts/build-islands.ts). Every message the island
// carries must read the same both ways, for every plural category, every
// select branch and every rich-text tag it uses.

type Values = NonNullable<Parameters<typeof formatParsed>[2]>;

/** The arguments a message uses, each with the values worth trying. */
function argumentsOf(elements: MessageFormatElement[], out = new Map<string, unknown[]>()) {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        if (!out.has(el.value)) out.set(el.value, ['Alpha']);
        break;
      case TYPE.number:
        out.set(el.value, [3, 1234.5]);
        break;
      case TYPE.date:
      case TYPE.time:
        out.set(el.value, [new Date(Date.UTC(2021, 7, 15))]);
        break;
      case TYPE.plural: {
        const exact = Object.keys(el.options).filter((k) => k.startsWith('=')).map((k) => Number(k.slice(1)));
        out.set(el.value, [...new Set([0, 1, 2, 3, 21, 1000, ...exact])]);
        for (const option of Object.values(el.options)) argumentsOf(option.value, out);
        break;
      }
      case TYPE.select:
        out.set(el.value, [...Object.keys(el.options).filter((k) => k !== 'other'), 'something-else']);
        for (const option of Object.values(el.options)) argumentsOf(option.value, out);
        break;
      case TYPE.tag:
        out.set(el.value, [(chunks: unknown) => `<${el.value}>${Array.isArray(chunks) ? chunks.join('') : String(chunks)}</${el.value}>`]);
        argumentsOf(el.children, out);
        break;
      default:
        break;
    }
  }
  return out;
}

/** One set of values per value of each argument, the others at their first value. */
function valueSets(args: Map<string, unknown[]>): Values[] {
  const base = Object.fromEntries([...args].map(([name, tries]) => [name, tries[0]]));
  const sets = [base as Values];
  for (const [name, tries] of args) for (const value of tries.slice(1)) sets.push({ ...base, [name]: value } as Values);
  return sets;
}

function* leaves(tree: unknown, path: string[] = []): Generator<[string, string]> {
  if (typeof tree === 'string') yield [path.join('.'), tree];
  else if (typeof tree === 'object' && tree !== null)
    for (const [key, value] of Object.entries(tree)) yield* leaves(value, [...path, key]);
}

const text = (result: unknown) => (Array.isArray(result) ? result.join('') : String(result));

describe.each([
  ['en', 'check', en],
  ['fr', 'check', fr],
  ['en', 'results', en],
  ['fr', 'results', fr],
] as const)('%s messages of the %s island', (locale, island, catalog) => {
  const cache = _createCache();
  const options = { cache, formatters: _createIntlFormatters(cache), locale, timeZone: 'UTC' };
  const messages = [...leaves(pickMessages(catalog as Messages, ISLANDS[island].messages))];

  it('carries the page’s messages', () => {
    expect(messages.length).toBeGreaterThan(50);
  });

  it('reads the same compiled as parsed, for every value that changes the text', () => {
    const differences: string[] = [];
    let checked = 0;
    for (const [key, message] of messages) {
      const compiled = compile(message);
      for (const values of valueSets(argumentsOf(parse(message)))) {
        const parsed = text(formatParsed(key, message, values, options));
        const fromCompiled = text(formatCompiled(key, compiled, values, options));
        checked++;
        if (parsed !== fromCompiled) differences.push(`${key} ${JSON.stringify(values)}:\n  ${parsed}\n  ${fromCompiled}`);
      }
    }
    expect(differences).toEqual([]);
    expect(checked).toBeGreaterThan(messages.length);
  });
});
