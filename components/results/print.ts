import { useEffect, useEffectEvent } from 'react';
import { flushSync } from 'react-dom';

/**
 * Paper gets everything: before printing (the browser's menu, Ctrl+P, the
 * Print button, or a PDF), the parts of the page not drawn yet are drawn and
 * every collapsed section of the results is opened; afterwards the ones that
 * were closed close again.
 */
function openAllForPrint(): () => void {
  const closed = [...document.querySelectorAll<HTMLDetailsElement>('.results details:not([open])')];
  for (const d of closed) d.open = true;
  return () => {
    for (const d of closed) d.open = false;
  };
}

export function usePrintEverything(drawAll?: () => void) {
  // Reads the latest drawAll when printing starts, so the listeners are set once.
  const drawRest = useEffectEvent(() => {
    if (drawAll) flushSync(drawAll);
  });
  useEffect(() => {
    let restore: (() => void) | null = null;
    const before = () => {
      drawRest();
      restore ??= openAllForPrint();
    };
    const after = () => {
      restore?.();
      restore = null;
    };
    const print = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    print?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      print?.removeEventListener?.('change', onMedia);
    };
  }, []);
}
