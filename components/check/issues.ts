// The questionnaire's problems as the page shows them (error summary, inline
// errors), read from react-hook-form's errors. No zod and no schema here: this
// runs on every render, while the checks that find the problems
// (validation.ts) are imported on demand.
import type { FieldErrors } from 'react-hook-form';
import type { CheckFormValues } from '@/lib/answers/form';
import { HEADING_ID, type StepId } from './steps';

/** One problem to show: where (a form path), and the message key (full, with its namespace). */
export type Issue = { path: string; messageKey: string };

export type CheckContext = { step: StepId };

function fieldRank(path: string): [number, number] {
  const [root, index, part] = path.split('.');
  // Problems with no date of their own (the field array's `root`) come first, like "types".
  if (root !== 'relationships' || index === undefined || !/^\d+$/.test(index)) return [-1, 0];
  return [Number(index), part === 'to' ? 1 : 0];
}

export function sortByField(issues: Issue[]): Issue[] {
  return issues
    .map((issue, position) => ({ issue, position, rank: fieldRank(issue.path) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.position - b.position)
    .map(({ issue }) => issue);
}

/** formState.errors as a list in page order (what the error summary and the inline errors show). */
export function issuesOf(errors: FieldErrors<CheckFormValues>): Issue[] {
  const found: Issue[] = [];
  // A node with a message is one field's error (one per field); anything else holds fields.
  const walk = (node: unknown, path: string[]) => {
    if (typeof node !== 'object' || node === null) return;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string') {
      found.push({ path: path.join('.'), messageKey: message });
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'ref') walk(child, [...path, key]);
  };
  walk(errors, []);
  return sortByField(found);
}

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
  return `${base}-month`;
}
