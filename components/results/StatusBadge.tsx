'use client';

import { useTranslations } from 'next-intl';
import type { Status } from '@/lib/assessment/types';

/** The status in words, with a shape as well as a colour (never colour alone). */
export function StatusBadge({ status }: { status: Status }) {
  const t = useTranslations('Results.status');
  return (
    <span className={`status status--${status}`}>
      <span className="status__icon" aria-hidden="true" />
      {t(status)}
    </span>
  );
}
