// zod 4 schema of the catalog: the tests validate CATALOG against it, so a
// typo in a code, a malformed month or an empty list fails CI rather than
// showing up on a page.
import { z } from 'zod';
import { CONFIDENCE_LEVELS, FIELD_IDS, INCIDENT_IDS, RELATIONSHIP_TYPES } from './vocabulary';

const yearMonth = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const partialDate = z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY[-MM[-DD]]');
const sourceKeys = z.array(z.string().min(1)).min(1);
const field = z.enum(FIELD_IDS);
const confidence = z.enum(CONFIDENCE_LEVELS);
const messageId = z.string().regex(/^[A-Za-z0-9-]+$/, 'message key segment (no dots)');

export const sourceSchema = z.strictObject({
  key: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: partialDate.optional(),
  url: z.url().optional(),
  official: z.boolean().optional(),
  mirror: z.boolean().optional(),
  lang: z.string().min(2).optional(),
});

export const dateFactSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('known'),
    date: partialDate,
    approximate: z.boolean(),
    until: partialDate.optional(),
    sources: sourceKeys,
  }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

export const membershipSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('active-during'),
    from: yearMonth,
    to: yearMonth,
    fromWholeMonth: z.literal(true).optional(),
    toWholeMonth: z.literal(true).optional(),
    startUndisclosed: z.literal(true).optional(),
    notBefore: yearMonth.optional(),
  }),
  z.strictObject({
    kind: z.literal('began-by'),
    by: yearMonth,
    since: yearMonth.optional(),
    sinceWholeMonth: z.literal(true).optional(),
  }),
  z.strictObject({ kind: z.literal('ended-by'), by: yearMonth }),
  z.strictObject({ kind: z.literal('no-window'), by: yearMonth }),
]);

const reach = z.enum(['broad', 'partial']);

export const countSchema = z.strictObject({
  id: messageId,
  value: z.number().int().positive().nullable(),
  approximate: z.boolean(),
  unit: z.enum(['people', 'accounts', 'records', 'customers', 'names']),
  nature: z.enum(['company', 'claim', 'regulator', 'settlement', 'press', 'estimate']),
  date: partialDate.optional(),
  sources: sourceKeys,
  confidence,
});

export const populationSchema = z.strictObject({
  id: messageId,
  members: z
    .array(
      z.strictObject({
        relationship: z.enum(RELATIONSHIP_TYPES),
        membership: membershipSchema,
        reach: reach.optional(),
      }),
    )
    .min(1),
  reach,
  counts: z.array(countSchema).min(1),
  // empty only for a group no source rules out but none says was hit (types.ts)
  exposed: z.array(field),
  notExposed: z.array(field),
  confidence,
  sources: sourceKeys,
});

export const offerSchema = z.strictObject({
  id: messageId,
  kind: z.enum(['offer', 'advice', 'measure']).optional(),
  status: z.enum(['open', 'ended', 'unknown']),
  endedOn: partialDate.optional(),
  sources: sourceKeys,
});

export const incidentSchema = z.strictObject({
  id: z.enum(INCIDENT_IDS),
  accessBegan: dateFactSchema,
  discovered: dateFactSchema,
  disclosed: dateFactSchema,
  populations: z.array(populationSchema).min(1),
  notExposed: z.array(field),
  offers: z.array(offerSchema),
  totals: z.array(countSchema),
  sources: sourceKeys,
  excluded: z
    .array(
      z.strictObject({
        id: messageId,
        relationships: z.array(z.enum(RELATIONSHIP_TYPES)).min(1),
        confidence,
        sources: sourceKeys,
      }),
    )
    .optional(),
});

export const catalogSchema = z.array(incidentSchema).min(1);
export const sourcesSchema = z.array(sourceSchema).min(1);
