import { useFormatter, useTranslations } from 'next-intl';
import type { PopulationMember } from '@/lib/catalog/types';
import { formatIsoDate } from './dates';
import { loose } from './loose';

/** "T-Mobile postpaid customer, in August 2021" and the like, from a population member. */
export function MembershipText({
  member,
  populationReach,
}: {
  member: PopulationMember;
  populationReach: 'broad' | 'partial';
}) {
  const t = loose(useTranslations('Catalog'));
  const tr = useTranslations('Relationships');
  const format = useFormatter();
  const m = member.membership;
  const d = (ym: string) => formatIsoDate(format, ym);
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
  return (
    <>
      <strong>{tr(`${member.relationship}.label`)}</strong>
      {`, ${window}`}
      {lessCertain ? ` (${t('window.lessCertain')})` : ''}
    </>
  );
}
