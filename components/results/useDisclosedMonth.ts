import { useLocale } from 'next-intl';
import { formatDate } from '@/lib/dates';
import { disclosedMonth } from '@/lib/results/disclosed';
import type { IncidentId } from '@/lib/catalog/vocabulary';
import { useResults } from './context';
import { useDataMessages } from '../useDataMessages';

/**
 * One date for every incident wherever the page names incidents by date: the
 * month it was made public (the catalog's `disclosed` fact), or its name when
 * the sources give no such date.
 */
export function useDisclosedMonth() {
  const locale = useLocale();
  const { incident } = useResults();
  const m = useDataMessages();
  return (id: IncidentId) => {
    const month = disclosedMonth(incident(id));
    return month ? formatDate(locale, month) : m(`Incidents.${id}.headline`, undefined, id);
  };
}
