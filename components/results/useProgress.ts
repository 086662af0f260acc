import { useCallback, useEffect, useState } from 'react';
import type { ActionId } from '@/lib/catalog/vocabulary';
import { PROGRESS_KEY, readProgress, writeProgress, type ProgressRead } from '@/lib/results/progress';
import { safeStorage } from '@/lib/storage';

export type ProgressNotice = 'ignored' | 'legacy' | 'unavailable' | null;

/**
 * The checklist's ticks for one set of answers (`progressId`), kept in
 * localStorage. Read after mount (the page is prerendered without them),
 * re-read when another tab changes them or the answers change.
 */
export function useProgress(progressId: string) {
  const [done, setDone] = useState<ReadonlySet<ActionId>>(() => new Set());
  const [notice, setNotice] = useState<ProgressNotice>(null);

  useEffect(() => {
    const apply = (read: ProgressRead) => {
      setDone(read.done);
      setNotice(
        read.status === 'ignored' || read.status === 'legacy' || read.status === 'unavailable' ? read.status : null,
      );
    };
    apply(readProgress(safeStorage('localStorage'), progressId));
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_KEY || event.key === null)
        apply(readProgress(safeStorage('localStorage'), progressId));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [progressId]);

  const toggle = useCallback(
    (id: ActionId, checked: boolean) => {
      const next = new Set(done);
      if (checked) next.add(id);
      else next.delete(id);
      setDone(next);
      if (!writeProgress(safeStorage('localStorage'), progressId, next)) setNotice('unavailable');
    },
    [done, progressId],
  );

  return { done, toggle, notice };
}

export type Progress = ReturnType<typeof useProgress>;
