import { useTranslations } from 'next-intl';
import type { RelationshipAnswer } from '@/lib/answers/types';
import { useDateText } from './messages';
import { useDataMessages } from '../useDataMessages';

/** One answer in words: the relationship's label and its period ("March 2016 – now"). */
export function useRelationshipText() {
  const t = useTranslations('Results.timeline');
  const m = useDataMessages();
  const date = useDateText();
  const when = (d: string | undefined) =>
    d === 'present' ? t('present') : d === 'unknown' || d === undefined ? t('unknown') : date(d);
  return (rel: RelationshipAnswer) => {
    const label = m(`Relationships.${rel.type}.label`, undefined, rel.type);
    const period =
      rel.type === 'applicant' && rel.to === undefined
        ? t('applied', { from: when(rel.from) })
        : t('period', { from: when(rel.from), to: when(rel.to) });
    return { label, period };
  };
}
