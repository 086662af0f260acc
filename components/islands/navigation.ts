import { useMemo, useSyncExternalStore } from 'react';

/**
 * What an island reads instead of `next/navigation` (scripts/build-islands.ts
 * points that import here): the island runs without Next's router, so the
 * query string comes from the address bar itself. Only what the islands use.
 */

/** Dispatched on window by code that changes the query with history.pushState or replaceState, which fire no event. */
export const SEARCH_CHANGE_EVENT = 'exposure-check:search-change';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(SEARCH_CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(SEARCH_CHANGE_EVENT, onChange);
  };
}

const currentSearch = () => window.location.search;
// Islands never render on the server: the page's own prerender (with Next's hook) does.
const noSearch = () => '';

/**
 * `useSearchParams` of `next/navigation`, for the islands.
 * @public imported as 'next/navigation' by the island bundles, which scripts/build-islands.ts points here.
 */
export function useSearchParams(): URLSearchParams {
  const search = useSyncExternalStore(subscribe, currentSearch, noSearch);
  return useMemo(() => new URLSearchParams(search), [search]);
}
