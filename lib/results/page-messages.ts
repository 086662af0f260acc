import type { Messages } from 'next-intl';
import type { NamespacePick } from '../i18n/pick';

/**
 * What the results page sends to the browser: its own namespace and the
 * shared ones it renders, trimmed to the keys it reads (the incident pages'
 * long texts stay out of this page's HTML). The component tests render with
 * exactly this, so a key the trimming drops shows up there as a raw id.
 */
export const RESULTS_MESSAGES = {
  Results: 'all',
  Reasons: 'all',
  Actions: 'all',
  Relationships: 'all',
  Fields: ['label', 'inSentence', 'risk'],
  Incidents: ['headline'],
} as const satisfies { readonly [N in keyof Messages]?: NamespacePick };
