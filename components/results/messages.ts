'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { formatDate } from '@/lib/dates';
import { disclosedMonth } from '@/lib/results/disclosed';
import { useResults } from './context';

type Values = Record<string, string | number>;

/**
 * Messages whose keys are built from data (Fields.<id>.label, Reasons.<code>,
 * Actions.<id>.title...). The typed `t` cannot check such keys at compile
 * time, so they go through here: a missing key gives the fallback instead of
 * a raw key on screen (and the catalog/engine tests check that keys exist).
 */
export function useDataMessages() {
  const t = useTranslations();
  return useMemo(() => {
    const has = (key: string): boolean => t.has(key as never);
    const text = (key: string, values?: Values, fallback?: string): string =>
      has(key) ? (t as unknown as (k: string, v?: Values) => string)(key, values) : (fallback ?? '');
    const raw = (key: string): unknown => (has(key) ? t.raw(key as never) : undefined);
    return { has, text, raw };
  }, [t]);
}

/**
 * One date for every incident wherever the page names incidents by date: the
 * month it was made public (the catalog's `disclosed` fact), or its name when
 * the sources give no such date.
 */
export function useDisclosedMonth() {
  const locale = useLocale();
  const { incident } = useResults();
  const m = useDataMessages();
  return (id: string) => {
    const month = disclosedMonth(incident(id as never));
    return month ? formatDate(locale, month) : m.text(`Incidents.${id}.headline`, undefined, id);
  };
}
