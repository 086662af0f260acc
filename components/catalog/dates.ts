import { type DateTimeFormatOptions, useFormatter, useLocale } from 'next-intl';
import { datePrecision, toUtcDate } from '@/lib/catalog/helpers';
import { withFrenchFirstOfMonth } from '@/lib/catalog/french-dates';
import type { DateFact, IsoPartialDate } from '@/lib/catalog/types';
import type { LooseT } from './loose';

type Format = ReturnType<typeof useFormatter>;

/** What the catalog's date functions need: next-intl's formatter and the page locale (for « 1er »). */
export type CatalogDates = { format: Format; locale: string };

/** The formatter and locale of the current page, for the functions below. */
export function useCatalogDates(): CatalogDates {
  return { format: useFormatter(), locale: useLocale() };
}

const options = (date: IsoPartialDate): DateTimeFormatOptions => {
  const precision = datePrecision(date);
  return {
    timeZone: 'UTC',
    year: 'numeric',
    ...(precision !== 'year' ? { month: 'long' as const } : {}),
    ...(precision === 'day' ? { day: 'numeric' as const } : {}),
  };
};

/** An ISO partial date in words, at its own precision ("August 2021", "January 19, 2023", "1er octobre 2015"). */
export function formatIsoDate({ format, locale }: CatalogDates, date: IsoPartialDate): string {
  return withFrenchFirstOfMonth(format.dateTime(toUtcDate(date), options(date)), locale);
}

/**
 * A range at the precision of its start, through Intl's formatRange so shared
 * parts are written once: "August 12–14, 2021", « 12–14 août 2021 »,
 * "February 24 – March 30, 2023".
 */
function formatIsoRange({ format, locale }: CatalogDates, from: IsoPartialDate, to: IsoPartialDate): string {
  return withFrenchFirstOfMonth(format.dateTimeRange(toUtcDate(from), toUtcDate(to), options(from)), locale);
}

/** A date fact in words: "about August 12–14, 2021", « vers le 30 décembre 2020 », or "Not disclosed". */
export function formatDateFact(dates: CatalogDates, t: LooseT, fact: DateFact): string {
  if (fact.kind === 'unknown') return t('dates.unknown');
  const text = fact.until ? formatIsoRange(dates, fact.date, fact.until) : formatIsoDate(dates, fact.date);
  // A range of days reads like a day ("vers le 12–14 août"); the message picks the wording per precision.
  const precision = datePrecision(fact.date);
  return fact.approximate ? t('dates.approximate', { date: text, precision }) : text;
}
