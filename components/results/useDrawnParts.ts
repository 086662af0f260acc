import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * Draws a long page a part at a time: the first part at once, then each next
 * part after the browser has painted the one before (a frame, then a task).
 * Drawn in one go, the results page (about a thousand elements) was laid out
 * in a single task of 60 ms or more on a desktop, several times that on a
 * phone, and nothing could be scrolled or tapped meanwhile; in parts, the
 * first screen shows sooner and no task is long.
 *
 * `drawAll` draws every remaining part; an event handler that needs one of
 * them at once (a link to a part not drawn yet, printing) wraps it in
 * flushSync. A page that is not visible draws everything at once: it has no
 * frames to wait for.
 */
export function useDrawnParts(total: number, started: boolean) {
  const [drawn, setDrawn] = useState(1);
  const drawAll = useCallback(() => setDrawn(total), [total]);
  useEffect(() => {
    if (!started || drawn >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    if (document.visibilityState === 'hidden') timer = setTimeout(() => setDrawn(total), 0);
    else
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => startTransition(() => setDrawn((d) => Math.min(total, d + 1))), 0);
      });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [started, drawn, total]);
  return { drawn, complete: drawn >= total, drawAll };
}
