// The results page's island: its bundle's entry (scripts/build-islands.ts).
// "island:messages" is the locale's messages trimmed to RESULTS_MESSAGES,
// written into the bundle at build time.
import messages from 'island:messages';
import { ResultsApp } from '@/components/results/ResultsApp';
import { hydrateIsland } from './hydrate';

hydrateIsland('results', messages, <ResultsApp />);
