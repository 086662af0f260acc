// The rules the about page states, in the order it states them; wording in
// About.rules.items.<id>. Listed here, next to the engine, so that a new rule
// gets its sentence (a test checks every id has one in both languages).
import { UNDISCLOSED_START_REACH_MONTHS } from '../months';

export const ENGINE_RULES = [
  'likely',
  'possible',
  'notAffected',
  'dates',
  'bounds',
  'edges',
  'undisclosedStart',
  'noDataClaimed',
] as const;

/** Numbers the rule sentences quote, so the page and the engine cannot disagree. */
export const RULE_FIGURES = { reachMonths: UNDISCLOSED_START_REACH_MONTHS } as const;
