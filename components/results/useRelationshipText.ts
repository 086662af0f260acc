import { useLocale, useTranslations } from 'next-intl';
import type { RelationshipAnswer } from '@/lib/answers/types';
import { formatDate, formatPeriod } from '@/lib/dates';
import { useDataMessages } from '../useDataMessages';

/** One answer in words: the relationship's label and its period ("March 2016 – now"). */
export function useRelationshipText() {
  const t = useTranslations('Results.timeline');
  const m = useDataMessages();
  const locale = useLocale();
  const known = (d: string | undefined): d is string => d !== undefined && d !== 'present' && d !== 'unknown';
  const when = (d: string | undefined) =>
    d === 'present' ? t('present') : known(d) ? formatDate(locale, d) : t('unknown');
  return (rel: RelationshipAnswer) => {
    const label = m(`Relationships.${rel.type}.label`, undefined, rel.type);
    let period: string;
    if (rel.type === 'applicant' && rel.to === undefined) period = t('applied', { from: when(rel.from) });
    // Two dates: one range ("in 2020", "January 2016 – December 2021"), never "from 2020 to 2020".
    else if (known(rel.from) && known(rel.to)) period = t('dated', formatPeriod(locale, rel.from, rel.to));
    else period = t('period', { from: when(rel.from), to: when(rel.to) });
    return { label, period };
  };
}
