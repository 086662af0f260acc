import { useLocale, useTranslations } from 'next-intl';
import { formatDate } from '@/lib/dates';
import type { PopulationMember } from '@/lib/catalog/types';
import { useDataMessages } from '../useDataMessages';

/**
 * "T-Mobile postpaid customer, in August 2021" and the like, from a population member.
 * `note` (from the incident's messages) says what sets this member apart when a
 * group lists the same relationship twice; without one, a less certain member
 * gets the generic qualifier.
 */
export function MembershipText({
  member,
  populationReach,
  note,
}: {
  member: PopulationMember;
  populationReach: 'broad' | 'partial';
  note?: string | undefined;
}) {
  const t = useDataMessages('Catalog');
  const tr = useTranslations('Relationships');
  const locale = useLocale();
  const m = member.membership;
  const d = (ym: string) => formatDate(locale, ym);
  let window: string;
  switch (m.kind) {
    case 'active-during':
      window =
        m.from === m.to
          ? t('window.activeIn', { month: d(m.from) })
          : t('window.activeDuring', { from: d(m.from), to: d(m.to) });
      break;
    case 'began-by':
      window = m.since
        ? t('window.beganBetween', { since: d(m.since), by: d(m.by) })
        : t('window.beganBy', { by: d(m.by) });
      break;
    case 'ended-by':
      window = t('window.endedBy', { by: d(m.by) });
      break;
    case 'no-window':
      window = t('window.noWindow', { by: d(m.by) });
      break;
  }
  const lessCertain = member.reach === 'partial' && populationReach === 'broad';
  const qualifier = note ?? (lessCertain ? t('window.lessCertain') : undefined);
  return (
    <>
      <strong>{tr(`${member.relationship}.label`)}</strong>
      {`, ${window}`}
      {qualifier ? ` (${qualifier})` : ''}
    </>
  );
}
