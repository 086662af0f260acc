import { useTranslations } from 'next-intl';
import type { RelationshipType } from '@/lib/catalog/vocabulary';

/** "Postpaid customer", or "Postpaid customer, period 2" when a kind appears more than once. */
export function usePeriodHeading(rows: readonly { type: RelationshipType }[]): (index: number) => string {
  const t = useTranslations('Check');
  return (index: number) => {
    const row = rows[index];
    if (!row) return '';
    const label = t('typeName', { type: row.type });
    const same = rows.filter((r) => r.type === row.type);
    if (same.length < 2) return t('dates.heading', { label });
    const n = rows.slice(0, index + 1).filter((r) => r.type === row.type).length;
    return t('dates.headingNumbered', { label, n });
  };
}
