import type { useFormatter } from 'next-intl';
import { datePrecision, toUtcDate } from '@/lib/catalog/helpers';
import type { DateFact, IsoPartialDate } from '@/lib/catalog/types';
import type { LooseT } from './loose';

type Format = ReturnType<typeof useFormatter>;

/** An ISO partial date in words, at its own precision ("August 2021", "19 January 2023"). */
export function formatIsoDate(format: Format, date: IsoPartialDate): string {
  const precision = datePrecision(date);
  return format.dateTime(toUtcDate(date), {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' ? { month: 'long' } : {}),
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });
}

/** A date fact in words: "about Aug 12 – 14, 2021", or "Not disclosed". */
export function formatDateFact(format: Format, t: LooseT, fact: DateFact): string {
  if (fact.kind === 'unknown') return t('dates.unknown');
  const text = fact.until ? formatIsoRange(format, fact.date, fact.until) : formatIsoDate(format, fact.date);
  const precision = fact.until ? 'range' : datePrecision(fact.date);
  return fact.approximate ? t('dates.approximate', { date: text, precision }) : text;
}

/** A range at the precision of its start ("12 – 14 August 2021", "24 February – 30 March 2023"). */
export function formatIsoRange(format: Format, from: IsoPartialDate, to: IsoPartialDate): string {
  const precision = datePrecision(from);
  return format.dateTimeRange(toUtcDate(from), toUtcDate(to), {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' ? { month: 'long' } : {}),
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });
}
