import { useTranslations } from 'next-intl';
import { useDataMessages } from '../useDataMessages';

/** An incident's name wherever the results page names one: its headline. */
export function useIncidentName() {
  const t = useTranslations('Results.incidents');
  const m = useDataMessages();
  return (id: string) => m(`Incidents.${id}.headline`, undefined, t('fallbackName', { id }));
}
