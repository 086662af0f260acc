// Per-step validation of the questionnaire. The form-only checks (a box left
// empty, letters in a number box) come from lib/answers/form.ts; every rule
// about the answers themselves (at least one relationship, month 1-12, no date
// before 1994 or in the future, an end before a start...) comes from the
// engine's schema (lib/answers/schema.ts), so the form, the results link and
// the command line say the same thing with the same words. Imported on
// demand (lazy.ts): the schema and zod are not in the page's first load.
import { set, type FieldErrors, type Resolver } from 'react-hook-form';
import {
  formToAnswers,
  hasEnd,
  relationshipIssues,
  type CheckFormValues,
  type FormErrorCode,
} from '@/lib/answers/form';
import { parseAnswers } from '@/lib/answers/schema';
import type { StepId } from './steps';
import { sortByField, type CheckContext, type Issue } from './issues';

/** The message key of an engine code; unknown codes fall back to a generic line. */
function engineMessageKey(code: string): string {
  return `Errors.${code}`;
}

/** A box left empty is the engine's "date-missing"; the rest are about what was typed in a box. */
function formMessageKey(code: FormErrorCode): string {
  return code === 'dateMissing' ? engineMessageKey('date-missing') : `Check.errors.${code}`;
}

/** The field a problem belongs to: a whole date ("relationships.0.from"), not its month or year box. */
function fieldOf(path: string): string {
  return path.split('.').slice(0, 3).join('.');
}

/** One error per field at most (GOV.UK): the first found, in page order. */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(fieldOf(i.path)) ? false : (seen.add(fieldOf(i.path)), true)));
}

function stepIssues(step: StepId, values: CheckFormValues, asOf?: Date): Issue[] {
  if (step === 'relationships') {
    if (values.types.length > 0) return [];
    // The engine's own words for "no relationship" (its code for an empty list).
    const parsed = parseAnswers({ relationships: [] }, asOf);
    const code = parsed.ok ? 'relationships-empty' : (parsed.errors[0]?.code ?? 'relationships-empty');
    return [{ path: 'types', messageKey: engineMessageKey(code) }];
  }
  if (step === 'review' || step === 'dates') {
    // Every problem at once (GOV.UK: one error per field, all fields in one
    // pass): the form's own checks for boxes left empty or not digits, then
    // the engine's checks (too early, in the future, end before start) on
    // every other date. A date with a form problem is read as "unknown" for
    // the engine, so it neither hides the other fields' errors nor gets a
    // second message of its own.
    const formIssues = relationshipIssues(values);
    const formFields = new Set(formIssues.map((i) => i.path.slice(0, 3).join('.')));
    const checkable = {
      relationships: values.relationships.map((r, index) => ({
        ...r,
        from: formFields.has(`relationships.${index}.from`) ? { ...r.from, unknown: true } : r.from,
        to: formFields.has(`relationships.${index}.to`) ? { ...r.to, unknown: true, ongoing: false } : r.to,
      })),
    };
    const parsed = parseAnswers(formToAnswers(checkable), asOf);
    const engineIssues = parsed.ok
      ? []
      : parsed.errors.map((e) => {
          const [root, index, part] = e.path;
          const known =
            root === 'relationships' &&
            typeof index === 'number' &&
            (part === 'from' || (part === 'to' && hasEnd(values.relationships[index]?.type ?? 'postpaid')));
          // Anything else is about the list itself: the field array's own `root`
          // (react-hook-form drops a form-level `root` error on every submit).
          return {
            path: known ? `relationships.${index}.${part}` : 'relationships.root',
            messageKey: engineMessageKey(e.code),
          };
        });
    const all = [
      ...formIssues.map((i) => ({ path: i.path.join('.'), messageKey: formMessageKey(i.code) })),
      ...engineIssues.filter((i) => !formFields.has(i.path)),
    ];
    // Summary order = page order: by relationship, "from" before "to".
    return dedupe(sortByField(all));
  }
  return [];
}

/**
 * The checks behind the react-hook-form resolver (lazy.ts wraps them in an
 * async resolver that imports this module first): checks the step given in the
 * form's context (useForm({ context: { step } })), so one form checks step 1 on
 * step 1 and step 2 on step 2. Errors land in formState.errors at their form
 * path, with a message KEY as message (translated at render time, so they
 * follow the page language).
 */
export const checkResolver: Resolver<CheckFormValues, CheckContext> = (values, context) => {
  const issues = stepIssues(context?.step ?? 'relationships', values);
  if (issues.length === 0) return { values, errors: {} };
  const errors: FieldErrors<CheckFormValues> = {};
  for (const { path, messageKey } of issues) {
    set(errors, path, { type: 'custom', message: messageKey });
  }
  return { values: {}, errors };
};
