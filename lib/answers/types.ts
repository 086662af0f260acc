import type { RelationshipType } from '../catalog/vocabulary';

/** "YYYY-MM" exact month, "YYYY" year only, or "unknown" */
type DateAnswer = string;

export type RelationshipAnswer = {
  type: RelationshipType;
  from: DateAnswer;
  /** also "present"; may be omitted for applicants */
  to?: DateAnswer;
};

export type Answers = { relationships: RelationshipAnswer[] };

/**
 * Why a results address could not be read as answers. Here, not beside the
 * decoder, so the results page can name them without loading zod.
 */
export const FRAGMENT_ERROR_CODES = ['fragment-missing', 'fragment-malformed', 'fragment-version'] as const;
export type FragmentErrorCode = (typeof FRAGMENT_ERROR_CODES)[number];

export type AnswerError = {
  /** path into the answers, e.g. ["relationships", 0, "from"] */
  path: (string | number)[];
  /** message key under Errors.<code> */
  code: string;
};

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: AnswerError[] };
