import { useCallback, useEffect, useState } from 'react';
import type { ActionId } from '@/lib/catalog/vocabulary';
import { PROGRESS_KEY, readProgress, writeProgress, type ProgressRead } from '@/lib/results/progress';
import { safeStorage } from '@/lib/storage';

type ProgressNotice = 'ignored' | 'legacy' | 'unavailable' | null;

/** The ticks of one set of answers (`id`), as last read or written. */
type Ticks = { id: string; done: ReadonlySet<ActionId>; notice: ProgressNotice };

const noticeOf = (read: ProgressRead): ProgressNotice =>
  read.status === 'ignored' || read.status === 'legacy' || read.status === 'unavailable' ? read.status : null;

function readTicks(id: string): Ticks {
  const read = readProgress(safeStorage('localStorage'), id);
  return { id, done: read.done, notice: noticeOf(read) };
}

const sameTicks = (a: Ticks, b: Ticks) =>
  a.id === b.id && a.notice === b.notice && a.done.size === b.done.size && [...a.done].every((id) => b.done.has(id));

/**
 * The checklist's ticks for one set of answers (`progressId`), kept in
 * localStorage. Read while the results are drawn, not in an effect after
 * (they are never prerendered: the answers exist only in the browser), so
 * the long page is not drawn a second time just to tick its boxes; the same
 * when the address changes to other answers. Re-read when another tab
 * changes them.
 */
export function useProgress(progressId: string) {
  const [ticks, setTicks] = useState(() => readTicks(progressId));
  let current = ticks;
  if (ticks.id !== progressId) {
    // React draws again at once with these, before anything reaches the screen.
    current = readTicks(progressId);
    setTicks(current);
  }

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== PROGRESS_KEY && event.key !== null) return;
      const next = readTicks(progressId);
      // Kept when nothing changed, so nothing re-renders.
      setTicks((shown) => (sameTicks(shown, next) ? shown : next));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [progressId]);

  const toggle = useCallback(
    (id: ActionId, checked: boolean) => {
      const next = new Set(current.done);
      if (checked) next.add(id);
      else next.delete(id);
      const saved = writeProgress(safeStorage('localStorage'), progressId, next);
      setTicks({ id: progressId, done: next, notice: saved ? current.notice : 'unavailable' });
    },
    [current, progressId],
  );

  return { done: current.done, toggle, notice: current.notice };
}

export type Progress = ReturnType<typeof useProgress>;
