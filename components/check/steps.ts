// The questionnaire's steps, kept in the URL as `?step=` so that a reload or
// the language switcher (which keeps the query string) lands on the same
// question. The step is not an answer: answers never go in the URL query.
const STEP_IDS = ['relationships', 'dates', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function parseStep(value: string | null | undefined): StepId {
  return (STEP_IDS as readonly string[]).includes(value ?? '') ? (value as StepId) : 'relationships';
}

export function stepHref(step: StepId): string {
  return `?step=${step}`;
}

/** Where "Back" leads from each step (null: out of the questionnaire, to the home page). */
export function previousStep(step: StepId): StepId | null {
  if (step === 'review') return 'dates';
  if (step === 'dates') return 'relationships';
  return null;
}

/** id of each step's <h1>, focused when the step changes. */
export const HEADING_ID = 'check-heading';
