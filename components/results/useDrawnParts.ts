import { startTransition, useCallback, useEffect, useState } from 'react';

/**
 * Draws a long page a part at a time: the first part at once, then each next
 * part after the browser has painted the one before (a frame, then a task).
 * Drawn in one go, the results page (about a thousand elements) was styled
 * and laid out in one long frame during which nothing could be scrolled or
 * tapped; in parts, the first screen shows sooner and no frame is long.
 *
 * `shown` names what is drawn (the answers): other answers start again from
 * the first part. `drawAll` draws every remaining part; an event handler that
 * needs one of them at once (a link to a part not drawn yet, printing) wraps
 * it in flushSync. A page that is or becomes hidden draws everything at once:
 * it gets no frames to wait for.
 */
export function useDrawnParts(total: number, shown: string | null) {
  const [drawn, setDrawn] = useState(1);
  const [drawnFor, setDrawnFor] = useState(shown);
  if (shown !== drawnFor) {
    setDrawnFor(shown);
    setDrawn(1);
  }
  const drawAll = useCallback(() => setDrawn(total), [total]);
  useEffect(() => {
    if (shown === null || drawn >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const drawRestNow = () => {
      if (document.visibilityState === 'hidden') timer = setTimeout(() => setDrawn(total), 0);
    };
    document.addEventListener('visibilitychange', drawRestNow);
    if (document.visibilityState === 'hidden') drawRestNow();
    else
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => startTransition(() => setDrawn((d) => Math.min(total, d + 1))), 0);
      });
    return () => {
      document.removeEventListener('visibilitychange', drawRestNow);
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown, drawn, total]);
  return { drawn, complete: drawn >= total, drawAll };
}
