'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ActionId } from '@/lib/catalog/vocabulary';
import { PROGRESS_KEY, readProgress, safeStorage, writeProgress, type ProgressRead } from '@/lib/results/progress';

export type ProgressNotice = 'ignored' | 'unavailable' | null;

/**
 * The checklist's ticks, kept in localStorage. Read after mount (the page is
 * prerendered without them), re-read when another tab changes them.
 */
export function useProgress() {
  const [done, setDone] = useState<ReadonlySet<ActionId>>(() => new Set());
  const [notice, setNotice] = useState<ProgressNotice>(null);

  useEffect(() => {
    const apply = (read: ProgressRead) => {
      setDone(read.done);
      setNotice(read.status === 'ignored' || read.status === 'unavailable' ? read.status : null);
    };
    apply(readProgress(safeStorage('localStorage')));
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_KEY || event.key === null) apply(readProgress(safeStorage('localStorage')));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const toggle = useCallback((id: ActionId, checked: boolean) => {
    setDone((prev) => {
      const next = new Set(prev);
      if (checked) next.add(id);
      else next.delete(id);
      if (!writeProgress(safeStorage('localStorage'), next)) setNotice('unavailable');
      return next;
    });
  }, []);

  return { done, toggle, notice };
}
