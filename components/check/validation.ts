// Per-step validation of the questionnaire. The form-only checks (a box left
// empty, letters in a number box) come from lib/answers/form.ts; every rule
// about the answers themselves (at least one relationship, month 1-12, no date
// before 1994 or in the future, an end before a start...) comes from the
// engine's schema (lib/answers/schema.ts), so the form, the results link and
// the command line say the same thing with the same words.
import * as z from 'zod/mini';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { formToAnswers, hasEnd, relationshipIssues, type CheckFormValues, type FormErrorCode } from '@/lib/answers/form';
import { parseAnswers } from '@/lib/answers/schema';
import { HEADING_ID, type StepId } from './steps';

/** One problem to show: where (a form path), and the message key (full, with its namespace). */
export type Issue = { path: string; messageKey: string };

/** The message key of an engine code; unknown codes fall back to a generic line. */
export function engineMessageKey(code: string): string {
  return `Errors.${code}`;
}

/** A box left empty is the engine's "date-missing"; the rest are about what was typed in a box. */
function formMessageKey(code: FormErrorCode): string {
  return code === 'dateMissing' ? engineMessageKey('date-missing') : `Check.errors.${code}`;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.path) ? false : (seen.add(i.path), true)));
}

export function stepIssues(step: StepId, values: CheckFormValues, asOf?: Date): Issue[] {
  if (step === 'relationships') {
    if (values.types.length > 0) return [];
    // The engine's own words for "no relationship" (its code for an empty list).
    const parsed = parseAnswers({ relationships: [] }, asOf);
    const code = parsed.ok ? 'relationships-empty' : (parsed.errors[0]?.code ?? 'relationships-empty');
    return [{ path: 'types', messageKey: engineMessageKey(code) }];
  }
  if (step === 'review' || step === 'dates') {
    const formIssues = relationshipIssues(values);
    if (formIssues.length > 0) {
      return dedupe(formIssues.map((i) => ({ path: i.path.join('.'), messageKey: formMessageKey(i.code) })));
    }
    const parsed = parseAnswers(formToAnswers(values), asOf);
    if (parsed.ok) return [];
    return dedupe(
      parsed.errors.map((e) => {
        const [root, index, part] = e.path;
        const known =
          root === 'relationships' &&
          typeof index === 'number' &&
          (part === 'from' || (part === 'to' && hasEnd(values.relationships[index]?.type ?? 'postpaid')));
        return { path: known ? `relationships.${index}.${part}` : 'root', messageKey: engineMessageKey(e.code) };
      }),
    );
  }
  return [];
}

export type CheckContext = { step: StepId };

/** zodResolver over a schema whose one check is stepIssues for a step; raw values are kept. */
function stepResolver(step: StepId): Resolver<CheckFormValues, CheckContext> {
  const schema = z.custom<CheckFormValues>().check(
    z.superRefine((values, ctx) => {
      for (const issue of stepIssues(step, values)) {
        ctx.addIssue({ code: 'custom', message: issue.messageKey, path: issue.path.split('.'), input: values });
      }
    }),
  );
  return zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<CheckFormValues, CheckContext>;
}

const resolvers = new Map<StepId, Resolver<CheckFormValues, CheckContext>>();

/**
 * The react-hook-form resolver: validates the step given in the form's
 * context (useForm({ context: { step } })), so one form checks step 1 on
 * step 1 and step 2 on step 2.
 */
export const checkResolver: Resolver<CheckFormValues, CheckContext> = (values, context, options) => {
  const step = context?.step ?? 'relationships';
  let resolver = resolvers.get(step);
  if (!resolver) {
    resolver = stepResolver(step);
    resolvers.set(step, resolver);
  }
  return resolver(values, context, options);
};

/** The DOM id of the first input a problem points to (what the error summary links to). */
export function fieldIdOf(path: string, values: CheckFormValues): string {
  if (path === 'types') return 'types-postpaid';
  const [root, index, part, sub] = path.split('.');
  if (root !== 'relationships' || index === undefined || (part !== 'from' && part !== 'to')) return HEADING_ID;
  const base = `relationships-${index}-${part}`;
  if (sub === 'month' || sub === 'year') return `${base}-${sub}`;
  const row = values.relationships[Number(index)];
  const date = row?.[part];
  if (!date) return base;
  if (part === 'to' && row.to.ongoing) return `${base}-ongoing`;
  if (date.unknown) return `${base}-unknown`;
  return date.noMonth ? `${base}-year` : `${base}-month`;
}
