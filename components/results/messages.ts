import { useFormatter } from 'next-intl';
import { useMemo } from 'react';
import { DATE_FORMATS, readPartialDate } from '@/lib/results/dates';
import { disclosedMonth } from '@/lib/results/disclosed';
import type { IncidentId } from '@/lib/catalog/vocabulary';
import { useResults } from './context';
import { useDataMessages } from '../useDataMessages';

/** Formats ISO partial dates at their own precision: "2021" stays a year, "2021-08" a month. */
export function useDateText() {
  const format = useFormatter();
  return useMemo(
    () =>
      (iso: string | undefined): string => {
        const d = readPartialDate(iso);
        return d ? format.dateTime(d.date, DATE_FORMATS[d.precision]) : (iso ?? '');
      },
    [format],
  );
}

/**
 * One date for every incident wherever the page names incidents by date: the
 * month it was made public (the catalog's `disclosed` fact), or its name when
 * the sources give no such date.
 */
export function useDisclosedMonth() {
  const date = useDateText();
  const { incident } = useResults();
  const m = useDataMessages();
  return (id: IncidentId) => {
    const month = disclosedMonth(incident(id));
    return month ? date(month) : m(`Incidents.${id}.headline`, undefined, id);
  };
}
