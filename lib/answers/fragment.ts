// Answers in the URL fragment of the results page (`/en/results/#v1;...`).
// Browsers never send the fragment to a server, so the answers stay on the
// device even though the link can be copied. The encoding is compact and
// readable by a person: `v1;` then one `type.from.to` per relationship,
// joined by `;` (`to` empty when omitted, as for an application), e.g.
//   v1;postpaid.2016-01.2021-12;applicant.2014-05.;prepaid.2019.present
// Decoding never throws and always ends in the engine's schema, so a link
// typed by hand gets the same checks as the questionnaire and the command line.
import type { AnswerError, Answers, FragmentErrorCode, ParseResult } from './types';
import { parseAnswers } from './schema';
import { localePath } from '../i18n/paths';
import type { Locale } from '../i18n/routing';

const FRAGMENT_VERSION = 'v1';
/** Far above 20 relationships of the longest form; anything longer is not ours. */
const MAX_FRAGMENT_LENGTH = 2000;


export function encodeAnswersFragment(answers: Answers): string {
  const parts = answers.relationships.map((r) => `${r.type}.${r.from}.${r.to ?? ''}`);
  return [FRAGMENT_VERSION, ...parts].join(';');
}

const fail = (code: FragmentErrorCode): ParseResult<Answers> => ({ ok: false, errors: [{ path: [], code }] });

export function decodeAnswersFragment(hash: string): ParseResult<Answers> {
  if (typeof hash !== 'string') return fail('fragment-missing');
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_FRAGMENT_LENGTH) return fail('fragment-malformed');
  // Some apps percent-encode fragments when sharing links.
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return fail('fragment-malformed');
    }
  }
  text = text.trim();
  if (text === '') return fail('fragment-missing');

  const [version, ...segments] = text.split(';');
  if (version !== FRAGMENT_VERSION) {
    return fail(/^v\d+$/i.test(version ?? '') ? 'fragment-version' : 'fragment-malformed');
  }

  const relationships: Record<string, string>[] = [];
  for (const segment of segments) {
    if (segment === '') continue; // a trailing ";" is harmless
    const fields = segment.split('.');
    if (fields.length < 2 || fields.length > 3) return fail('fragment-malformed');
    const [type = '', from = '', to = ''] = fields;
    const relationship: Record<string, string> = { type, from };
    if (to !== '') relationship.to = to;
    relationships.push(relationship);
  }

  const parsed = parseAnswers({ relationships });
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors.map((e: AnswerError) => ({ path: e.path, code: e.code })) };
}

/** Convenience for the questionnaire: the results page address for these answers. */
export function resultsHref(locale: Locale, answers: Answers): string {
  return localePath(locale, `/results/#${encodeAnswersFragment(answers)}`);
}
