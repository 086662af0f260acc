// The questionnaire's island: its bundle's entry (scripts/build-islands.ts).
// The same tree as the page's prerender (app/[locale]/check/page.tsx): the
// form reads the step from the address, which the prerender cannot know, so
// React draws it here in place of the fallback the prerender left.
import messages from 'island:messages';
import { Suspense } from 'react';
import { CheckFallback } from '@/components/check/CheckFallback';
import { CheckFlow } from '@/components/check/CheckFlow';
import { hydrateIsland } from './hydrate';

hydrateIsland(
  'check',
  messages,
  <Suspense fallback={<CheckFallback />}>
    <CheckFlow />
  </Suspense>,
);
