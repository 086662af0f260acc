// The questionnaire's own shape: what people type (month and year as text,
// "don't remember" ticks), kept as typed so a reload restores half-finished
// input. A year with the month left empty means "month not remembered"
// (GOV.UK approximate dates), not an error.
// It is converted to `Answers` and checked by the engine's schema
// (lib/answers/schema.ts); this file only checks what the engine cannot see,
// namely that a box that must be filled is filled with digits.
import type { RelationshipType } from '../catalog/vocabulary';
import type { Answers, RelationshipAnswer } from './types';

export type DateParts = {
  month: string;
  year: string;
  /**
   * The former "I'm not sure of the month" tick. Drafts saved before a year
   * alone was accepted still carry it; it no longer changes anything: an
   * empty month box is what means "year only".
   */
  noMonth: boolean;
  /** "I don't remember" */
  unknown: boolean;
};

export type EndParts = DateParts & {
  /** "I'm still a customer / an employee" */
  ongoing: boolean;
};

export type FormRelationship = { type: RelationshipType; from: DateParts; to: EndParts };

export type CheckFormValues = {
  /** step 1: the relationship types ticked */
  types: RelationshipType[];
  /** step 2: one entry per period (a type may appear more than once) */
  relationships: FormRelationship[];
};

/** Applicants give one month (the application), everybody else a period. */
export function hasEnd(type: RelationshipType): boolean {
  return type !== 'applicant';
}

export function emptyDate(): DateParts {
  return { month: '', year: '', noMonth: false, unknown: false };
}

export function emptyRelationship(type: RelationshipType): FormRelationship {
  return { type, from: emptyDate(), to: { ...emptyDate(), ongoing: false } };
}

export function emptyForm(): CheckFormValues {
  return { types: [], relationships: [] };
}

/** A date as the engine reads it: "YYYY-MM", "YYYY" or "unknown". */
function dateAnswerOf(parts: DateParts): string {
  if (parts.unknown) return 'unknown';
  const year = parts.year.trim();
  const month = parts.month.trim();
  if (month === '') return year;
  return `${year}-${month.length === 1 ? `0${month}` : month}`;
}

function endAnswerOf(parts: EndParts): string {
  return parts.ongoing ? 'present' : dateAnswerOf(parts);
}

export function formToAnswers(values: Pick<CheckFormValues, 'relationships'>): Answers {
  return {
    relationships: values.relationships.map((r): RelationshipAnswer => {
      const from = dateAnswerOf(r.from);
      return hasEnd(r.type) ? { type: r.type, from, to: endAnswerOf(r.to) } : { type: r.type, from };
    }),
  };
}

function partsOf(answer: string | undefined): DateParts {
  if (answer === undefined || answer === 'unknown') return { ...emptyDate(), unknown: true };
  const [year = '', month] = answer.split('-');
  if (month === undefined) return { month: '', year, noMonth: false, unknown: false };
  return { month: String(Number(month)), year, noMonth: false, unknown: false };
}

/** The reverse, to pre-fill the form from a results link (answers already validated). */
export function answersToForm(answers: Answers): CheckFormValues {
  const relationships = answers.relationships.map((r): FormRelationship => {
    const to: EndParts = r.to === 'present' ? { ...emptyDate(), ongoing: true } : { ...partsOf(r.to), ongoing: false };
    if (!hasEnd(r.type)) to.unknown = false;
    return { type: r.type, from: partsOf(r.from), to };
  });
  return { types: orderedTypes(relationships.map((r) => r.type)), relationships };
}

/**
 * The questionnaire's order: the two Sprint answers that say what became of
 * the account come first, then 'sprint' as "I can't say which" (the code old
 * links use for Sprint or Boost, which keeps its meaning).
 */
export const QUESTIONNAIRE_TYPES = [
  'postpaid',
  'prepaid',
  'metro',
  'sprint_premerger',
  'sprint_moved',
  'sprint',
  'mvno',
  'applicant',
  'employee',
] as const satisfies readonly RelationshipType[];

/** Types in the questionnaire's order, once each. */
export function orderedTypes(types: readonly RelationshipType[]): RelationshipType[] {
  return QUESTIONNAIRE_TYPES.filter((t) => types.includes(t));
}

/**
 * Step 1 → step 2: keep every period already entered for a type still ticked,
 * drop the others, add an empty period for each newly ticked type, and group
 * periods by type in the questionnaire's order (stable within a type).
 */
export function syncRelationships(
  types: readonly RelationshipType[],
  relationships: readonly FormRelationship[],
): FormRelationship[] {
  const out: FormRelationship[] = [];
  for (const type of orderedTypes(types)) {
    const kept = relationships.filter((r) => r.type === type);
    out.push(...(kept.length > 0 ? kept : [emptyRelationship(type)]));
  }
  return out;
}

/** Form-only problems: message keys under Check.errors. */
export type FormErrorCode = 'dateMissing' | 'yearMissing' | 'monthNotNumber' | 'yearNotNumber';

export type FormIssue = { path: (string | number)[]; code: FormErrorCode };

/**
 * What the engine cannot judge: empty boxes and boxes that are not digits.
 * The month may stay empty (year only); the year may not.
 */
export function dateIssues(parts: DateParts, base: (string | number)[]): FormIssue[] {
  if (parts.unknown) return [];
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (year === '' && month === '') {
    // The whole date: both boxes are marked, the summary links to the first.
    return [{ path: base, code: 'dateMissing' }];
  }
  const issues: FormIssue[] = [];
  if (month !== '' && !/^\d{1,2}$/.test(month)) issues.push({ path: [...base, 'month'], code: 'monthNotNumber' });
  if (year === '') issues.push({ path: [...base, 'year'], code: 'yearMissing' });
  else if (!/^\d{4}$/.test(year)) issues.push({ path: [...base, 'year'], code: 'yearNotNumber' });
  return issues;
}

export function relationshipIssues(values: Pick<CheckFormValues, 'relationships'>): FormIssue[] {
  const issues: FormIssue[] = [];
  values.relationships.forEach((r, i) => {
    issues.push(...dateIssues(r.from, ['relationships', i, 'from']));
    if (hasEnd(r.type) && !r.to.ongoing) issues.push(...dateIssues(r.to, ['relationships', i, 'to']));
  });
  return issues;
}
