import { useEffect } from 'react';
import { bareTarget, splitResultsFragment, targetHref } from '@/lib/results/location';

/**
 * Brings an element of the results page into view and gives it focus, as
 * following an in-page link does, opening the collapsed sections around it
 * (and the element itself when it is one). The address is left as it is: no
 * history entry is added, so "Forget" can clear the only one that carries
 * the answers. Scrolling is instant, so reduced motion is respected.
 */
export function goToTarget(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  if (!el.hasAttribute('tabindex') && !el.matches('a[href], button, input, select, textarea, summary')) {
    el.setAttribute('tabindex', '-1');
  }
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
  return true;
}

/** The target of an in-page link of this page, or null for anything else (other pages, new tabs...). */
function linkTarget(event: MouseEvent): { anchor: HTMLAnchorElement; id: string } | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const anchor = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!(anchor instanceof HTMLAnchorElement) || (anchor.target && anchor.target !== '_self')) return null;
  const href = anchor.getAttribute('href') ?? '';
  const id = splitResultsFragment(href).target ?? bareTarget(href);
  return id ? { anchor, id } : null;
}

/**
 * While results are shown, every in-page link keeps the answers: a plain
 * click (mouse or keyboard) moves to its target (through `go`, which draws
 * it first when it is not drawn yet) without touching the
 * address; links written outside the results (the skip link) get an address
 * that carries the answers, so opening them in a new tab shows the results
 * too. The results' own links are written that way already.
 */
export function useInPageLinks(answersFragment: string | null, go: (id: string) => boolean) {
  useEffect(() => {
    if (!answersFragment) return;
    const onClick = (event: MouseEvent) => {
      const link = linkTarget(event);
      if (link && go(link.id)) event.preventDefault();
    };
    document.addEventListener('click', onClick);
    const rewritten: [HTMLAnchorElement, string][] = [];
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const href = a.getAttribute('href') ?? '';
      const id = bareTarget(href);
      if (!id) continue;
      rewritten.push([a, href]);
      a.setAttribute('href', targetHref(answersFragment, id));
    }
    return () => {
      document.removeEventListener('click', onClick);
      for (const [a, href] of rewritten) a.setAttribute('href', href);
    };
  }, [answersFragment, go]);
}
