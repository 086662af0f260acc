// Glossary entries that are not data fields (fields come from FIELD_IDS and
// use the anchor `field-<id>`; these use `term-<id>`). Wording lives in
// messages under Glossary.terms.<id>; `sources` are fact-sheet keys backing
// the definition, when it states a fact (free freeze, weekly reports...).
import type { SourceKey } from './types';

export const GLOSSARY_TERMS = [
  { id: 'credit-freeze', sources: ['FTCFRZ', 'CAI'] },
  { id: 'fraud-alert', sources: ['FTCFRZ', 'CAI'] },
  { id: 'credit-report', sources: ['ITG', 'EXPW'] },
  { id: 'credit-bureau', sources: ['CAAG'] },
  { id: 'credit-monitoring', sources: ['ITG'] },
  { id: 'sim-swap', sources: ['FCCP'] },
  { id: 'port-out-fraud', sources: ['FCCP', 'ATP'] },
  { id: 'phishing', sources: ['MIAG', 'FCCP'] },
  { id: 'identity-theft', sources: ['ITG'] },
  { id: 'class-action', sources: ['SET'] },
  { id: 'sec-filing', sources: ['8K23'] },
] as const satisfies readonly { id: string; sources: readonly SourceKey[] }[];

/** Stable anchors, so other pages can link to an entry. */
export const fieldAnchor = (fieldId: string) => `field-${fieldId}`;
export const termAnchor = (termId: string) => `term-${termId}`;
