import type { Incident } from '../catalog/types';

/**
 * The month an incident was made public ("2021-08"), from the catalog's
 * `disclosed` fact, or null when the sources do not give it. One date for
 * every incident, so "made public in" means the same thing on every card.
 */
export function disclosedMonth(incident: Incident | undefined): string | null {
  const fact = incident?.disclosed;
  if (!fact || fact.kind !== 'known') return null;
  const month = /^\d{4}(?:-\d{2})?/.exec(fact.date)?.[0];
  // A day is shown as its month; a year alone stays a year (never invent a month).
  return month ?? null;
}
