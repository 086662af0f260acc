import { useCallback, useEffect, useState } from 'react';
import type { ActionId } from '@/lib/catalog/vocabulary';
import { PROGRESS_KEY, readProgress, writeProgress, type ProgressRead } from '@/lib/results/progress';
import { safeStorage } from '@/lib/storage';

export type ProgressNotice = 'ignored' | 'legacy' | 'unavailable' | null;

const noticeOf = (read: ProgressRead): ProgressNotice =>
  read.status === 'ignored' || read.status === 'legacy' || read.status === 'unavailable' ? read.status : null;

const sameTicks = (a: ReadonlySet<ActionId>, b: ReadonlySet<ActionId>) =>
  a.size === b.size && [...a].every((id) => b.has(id));

/**
 * The checklist's ticks for one set of answers (`progressId`), kept in
 * localStorage. Read when the results are first drawn (they are never
 * prerendered: the answers exist only in the browser), so the long page is
 * not drawn a second time just to tick its boxes; re-read when another tab
 * changes them or the answers change.
 */
export function useProgress(progressId: string) {
  const [first] = useState(() => readProgress(safeStorage('localStorage'), progressId));
  const [done, setDone] = useState<ReadonlySet<ActionId>>(first.done);
  const [notice, setNotice] = useState<ProgressNotice>(() => noticeOf(first));

  useEffect(() => {
    const apply = (read: ProgressRead) => {
      // A new set each read: keep the current one when the ticks are the same, so nothing re-renders.
      setDone((current) => (sameTicks(current, read.done) ? current : read.done));
      setNotice(noticeOf(read));
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
