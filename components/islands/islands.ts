import { RESULTS_MESSAGES } from '@/lib/results/page-messages';

/**
 * The interactive parts of the site that are shipped as islands: a small
 * bundle per island and locale (scripts/build-islands.ts) that hydrates one
 * element of the prerendered page, instead of Next's router runtime and its
 * payload for the whole page (docs/adr/0008-islands.md). Each entry says which
 * messages the island's bundle carries and which client components of the
 * page it takes over: a page whose payload names any other client component
 * keeps Next's runtime (scripts/strip-static.mjs).
 */
export const ISLANDS = {
  check: {
    entry: 'components/islands/check.tsx',
    messages: { Check: 'all', Errors: 'all' },
    covers: ['components/check/CheckFlow.tsx'],
  },
  results: {
    entry: 'components/islands/results.tsx',
    messages: RESULTS_MESSAGES,
    covers: ['components/results/ResultsApp.tsx'],
    // The engine chunk is imported the moment the island starts and the
    // results wait for it: preloaded, it downloads beside the island instead
    // of after it. (The questionnaire's checks are wanted later, or never.)
    preloadLazy: true,
  },
} as const;

export type IslandName = keyof typeof ISLANDS;

/** The time zone of the islands' formatters, in the prerender and in the browser alike (dates are calendar dates). */
export const ISLAND_TIME_ZONE = 'UTC';

/** The attribute that marks the element an island hydrates; its value is the island's name. */
export const ISLAND_ATTRIBUTE = 'data-island';
