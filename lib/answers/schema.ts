// The one answers schema shared by the questionnaire (through its form resolver),
// the results-page fragment and the command line. zod/mini rather than
// classic zod: same checks, ~15 KB gz less on the client (classic zod does
// not tree-shake). Every issue message is an error code, i.e. a message key under
// `Errors` in messages/*.json, so the UI translates at render time.
//
// "Now" matters (no date after the current month), so the schema is built for
// an "as of" date; without one it reads the clock at each validation, never at
// module load (a tab left open over midnight on the 1st stays right).

import * as z from 'zod/mini';
import { RELATIONSHIP_TYPES } from '../catalog/vocabulary';
import type { AnswerError, Answers, ParseResult } from './types';
import { MAX_RELATIONSHIPS } from './limits';
import {
  EARLIEST_YEAR,
  currentMonth,
  rawRangeOf,
  readDateAnswer,
  yearOf,
  type DateAnswerShape,
  type MonthIndex,
} from '../months';

/** Every code the schema can report; each is a key of the `Errors` message namespace. */
export const ANSWER_ERROR_CODES = [
  'answers-invalid',
  'relationships-missing',
  'relationships-invalid',
  'relationships-empty',
  'relationships-too-many',
  'relationship-invalid',
  'type-missing',
  'type-unknown',
  'date-missing',
  'date-malformed',
  'month-out-of-range',
  'date-too-early',
  'date-in-future',
  'from-present',
  'to-before-from',
  'unknown-key',
  'as-of-invalid',
] as const;
type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

type DateCheck = { ok: true; shape: DateAnswerShape } | { ok: false; code: AnswerErrorCode };

/** Full check of one date answer against "now" (the month, as an index). */
function checkDateAnswer(value: string, role: 'from' | 'to', now: MonthIndex): DateCheck {
  const read = readDateAnswer(value);
  if (!read.ok) return read;
  const { shape } = read;
  if (shape.kind === 'present') return role === 'to' ? read : { ok: false, code: 'from-present' };
  if (shape.kind === 'unknown') return read;
  const year = shape.kind === 'year' ? shape.year : yearOf(shape.month);
  if (year < EARLIEST_YEAR) return { ok: false, code: 'date-too-early' };
  // A year-only answer is in the future only when the whole year is.
  const earliest = rawRangeOf(shape, now).from;
  if (earliest > now) return { ok: false, code: 'date-in-future' };
  return read;
}

function nowFor(asOf: Date | string | undefined): MonthIndex {
  // An invalid asOf is a programming error caught by parseAnswers; the schema
  // itself falls back to the clock rather than rejecting every answer.
  return currentMonth(asOf) ?? (currentMonth(new Date()) as MonthIndex);
}

function dateSchema(role: 'from' | 'to', asOf: Date | string | undefined) {
  return z.string({ error: (issue) => (issue.input === undefined ? 'date-missing' : 'date-malformed') }).check(
    z.superRefine((value, ctx) => {
      const result = checkDateAnswer(value, role, nowFor(asOf));
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.code, input: value });
    }),
  );
}

/** Builds the answers schema for an "as of" date (Date, "YYYY-MM-DD" or "YYYY-MM"); absent = the clock at validation time. */
export function createAnswersSchema(asOf?: Date | string) {
  const relationship = z
    .strictObject(
      {
        type: z.enum(RELATIONSHIP_TYPES, {
          error: (issue) => (issue.input === undefined ? 'type-missing' : 'type-unknown'),
        }),
        from: dateSchema('from', asOf),
        to: z.optional(dateSchema('to', asOf)),
      },
      {
        error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown-key' : 'relationship-invalid'),
      },
    )
    .check(
      z.superRefine((value, ctx) => {
        if (value.to === undefined) return;
        const now = nowFor(asOf);
        const from = checkDateAnswer(value.from, 'from', now);
        const to = checkDateAnswer(value.to, 'to', now);
        // Only two valid dates can be compared; other issues are reported already.
        if (!from.ok || !to.ok) return;
        if (rawRangeOf(to.shape, now).to < rawRangeOf(from.shape, now).from) {
          ctx.addIssue({ code: 'custom', message: 'to-before-from', path: ['to'], input: value.to });
        }
      }),
    );

  return z.strictObject(
    {
      relationships: z
        .array(relationship, {
          error: (issue) => (issue.input === undefined ? 'relationships-missing' : 'relationships-invalid'),
        })
        .check(
          z.minLength(1, { error: 'relationships-empty' }),
          z.maxLength(MAX_RELATIONSHIPS, { error: 'relationships-too-many' }),
        ),
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? 'unknown-key' : 'answers-invalid'),
    },
  );
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ANSWER_ERROR_CODES);

type RawIssue = { code: string; message: string; path: PropertyKey[]; keys?: string[] };

function toAnswerErrors(issues: readonly RawIssue[]): AnswerError[] {
  const errors: AnswerError[] = [];
  const seen = new Set<string>();
  const push = (error: AnswerError) => {
    const id = JSON.stringify(error);
    if (seen.has(id)) return;
    seen.add(id);
    errors.push(error);
  };
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) push({ path: [...path, key], code: 'unknown-key' });
      continue;
    }
    push({ path, code: KNOWN_CODES.has(issue.message) ? issue.message : 'answers-invalid' });
  }
  return errors;
}

/**
 * Validates untrusted answers (form values, a decoded URL fragment, command
 * line JSON). Never throws: any problem comes back as {path, code} errors,
 * codes being keys of the `Errors` messages.
 */
export function parseAnswers(input: unknown, asOf?: Date | string): ParseResult<Answers> {
  try {
    if (asOf !== undefined && currentMonth(asOf) === null) {
      return { ok: false, errors: [{ path: ['asOf'], code: 'as-of-invalid' }] };
    }
    // Refuse huge lists before validating each item: one clear error, bounded work.
    const list = isRecord(input) ? input['relationships'] : undefined;
    if (Array.isArray(list) && list.length > MAX_RELATIONSHIPS) {
      return { ok: false, errors: [{ path: ['relationships'], code: 'relationships-too-many' }] };
    }
    const result = createAnswersSchema(asOf ?? new Date()).safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, errors: toAnswerErrors(result.error.issues as unknown as RawIssue[]) };
  } catch {
    // Getters or proxies in hostile input can throw; that is still just invalid input.
    return { ok: false, errors: [{ path: [], code: 'answers-invalid' }] };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
