// The questionnaire's island: its bundle's entry (scripts/build-islands.ts).
// The form reads the step from the address, which the prerender cannot know,
// so React draws it here in place of the fallback the prerender left.
import messages from 'island:messages';
import { CheckIsland } from '@/components/check/CheckIsland';
import { hydrateIsland } from './hydrate';

hydrateIsland('check', messages, <CheckIsland />);
