// zod 4 schema of the catalog, and the one definition of its shapes: the
// types in ./types are inferred from it, and the tests validate CATALOG and
// SOURCES against it, so a typo in a code, a malformed month or an empty list
// fails CI rather than showing up on a page.
import { z } from 'zod';
import { CONFIDENCE_LEVELS, FIELD_IDS, RELATIONSHIP_TYPES } from './vocabulary';

/** "YYYY-MM" */
export type YearMonth = `${number}-${number}`;

const YEAR_MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;
const yearMonth = z.custom<YearMonth>((v) => typeof v === 'string' && YEAR_MONTH.test(v), { message: 'YYYY-MM' });
const partialDate = z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY[-MM[-DD]]');
/** A fact sheet source key, e.g. "TM21c"; tests check each one exists in SOURCES. */
const sourceKey = z.string().min(1);
const sourceKeys = z.array(sourceKey).min(1);
const field = z.enum(FIELD_IDS);
const confidence = z.enum(CONFIDENCE_LEVELS);
const messageId = z.string().regex(/^[A-Za-z0-9-]+$/, 'message key segment (no dots)');

/**
 * What a publisher is, said in the reader's language around its name
 * (Catalog.publisherRole.<role>, with {name} and {of}): "CapEdge (copy of an
 * SEC filing)", « Assistance T-Mobile ». Names stay as they are; descriptions
 * never sit in the data, so no English reaches a French page.
 */
const PUBLISHER_ROLES = [
  'sec-filing-copy',
  'statement-copy',
  'article-copy',
  'law-firm-copy',
  'capture',
  'copy',
  'support',
  'privacy-center',
  'settlement-site',
  'law-firm-blog',
] as const;

export const sourceSchema = z.strictObject({
  key: sourceKey,
  /** the document's headline, or a short description of it, in the document's own language (`lang`) */
  title: z.string().min(1),
  /** a proper name (site, company, agency), shown as is unless Catalog.sourcePublisher.<key> words it */
  publisher: z.string().min(1),
  role: z.enum(PUBLISHER_ROLES).optional(),
  /** the name `role` refers to: whose article or page this copies ("Reuters", "identitytheft.gov") */
  origin: z.string().min(1).optional(),
  /** ISO partial date of publication, when the fact sheet gives one */
  date: partialDate.optional(),
  /** as it appeared in the fact sheet; never invented */
  url: z.url().optional(),
  /** company statements, filings, courts, settlement sites, government agencies */
  official: z.boolean().optional(),
  /** the URL is a copy, capture or re-post: never shown as the official page or a call to action */
  mirror: z.boolean().optional(),
  /** language of the document (BCP 47), for hreflang on the link */
  lang: z.string().min(2).optional(),
});

/** A date fact: known (exactly or approximately) or explicitly unknown. */
export const dateFactSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('known'),
    date: partialDate,
    /** true when the sources say "about", "early", "late", or a range */
    approximate: z.boolean(),
    /** end of a range ("24 Feb – 30 Mar 2023", "12–14 Aug 2021"); `date` is its start */
    until: partialDate.optional(),
    sources: sourceKeys,
  }),
  z.strictObject({ kind: z.literal('unknown') }),
]);

/**
 * How a relationship of a given type qualifies a person for a population.
 * Months are inclusive. A relationship qualifies when it could have existed
 * in the stated way; the engine decides likely vs possible from the precision
 * of the person's dates and from the population's reach.
 * - active-during: active at some month in [from, to]. The first and last
 *   months are partial by default (the sources date most windows to a day
 *   inside them), so being active in an edge month alone is only a possible
 *   overlap. `fromWholeMonth` / `toWholeMonth`: the window starts on the 1st /
 *   ends on the last day, so that month counts in full. `startUndisclosed`:
 *   the sources give only when access stopped (`to`); the months before it
 *   are possibly concerned (lib/months.ts). `notBefore`: that reach stops at
 *   this month (e.g. Sprint customers became T-Mobile customers on 1 April 2020).
 * - began-by: had begun by `by` (applied, or became a customer), and from
 *   `since` when given; `by` is a partial month, `since` too unless
 *   `sinceWholeMonth`.
 * - ended-by: had ended by `by` (a former customer at that time).
 * - no-window: no time window was published: any relationship of this type that began before `by`.
 */
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

/**
 * broad: our modelling rule for groups the sources describe as everyone
 * matching the window (e.g. current postpaid customers in August 2021) ->
 * likely on a clear overlap. partial: only a share was hit (~200k, 836), or
 * inclusion is uncertain -> possible at best.
 */
export const reachSchema = z.enum(['broad', 'partial']);

export const countSchema = z.strictObject({
  /** message key suffix under Catalog.counts.<id> ("just over 40 million records") */
  id: messageId,
  /** null when the figure is not a number ("not disclosed") */
  value: z.number().int().positive().nullable(),
  approximate: z.boolean(),
  unit: z.enum(['people', 'accounts', 'records', 'customers', 'names']),
  nature: z.enum(['company', 'claim', 'regulator', 'settlement', 'press', 'estimate']),
  date: partialDate.optional(),
  sources: sourceKeys,
  confidence,
});

export const populationMemberSchema = z.strictObject({
  relationship: z.enum(RELATIONSHIP_TYPES),
  membership: membershipSchema,
  /** overrides the population's reach for this member only, when the sources make it a less certain member */
  reach: reachSchema.optional(),
});

export const populationSchema = z.strictObject({
  /** unique inside its incident, e.g. "P1" */
  id: messageId,
  members: z.array(populationMemberSchema).min(1),
  reach: reachSchema,
  counts: z.array(countSchema).min(1),
  /** may be empty only for a group kept "possible" although no source says its data was taken */
  exposed: z.array(field),
  notExposed: z.array(field),
  confidence,
  sources: sourceKeys,
});

const offerSchema = z.strictObject({
  /** message key suffix under Incidents.<incidentId>.offers.<id> */
  id: messageId,
  /**
   * offer: something people could sign up for or claim (status matters);
   * advice: what T-Mobile or an authority told people to do;
   * measure: something T-Mobile did itself (PIN reset, notices). Absent means 'offer'.
   */
  kind: z.enum(['offer', 'advice', 'measure']).optional(),
  status: z.enum(['open', 'ended', 'unknown']),
  /** ISO date the offer or claim window ended; absent when still open, unknown or only inferred */
  endedOn: partialDate.optional(),
  sources: sourceKeys,
});

/**
 * A group the sources explicitly say was NOT exposed. Shown on the incident
 * page; it must not turn a possible match into "not affected" when the
 * person's relationship type is broader than the excluded group.
 * Wording under Incidents.<incidentId>.excluded.<id>.
 */
const exclusionSchema = z.strictObject({
  id: messageId,
  relationships: z.array(z.enum(RELATIONSHIP_TYPES)).min(1),
  confidence,
  sources: sourceKeys,
});

export const incidentSchema = z.strictObject({
  /** "YYYY-MM-slug": the month it was made public, then a short name */
  id: z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])-[a-z0-9-]+$/, 'YYYY-MM-slug'),
  accessBegan: dateFactSchema,
  discovered: dateFactSchema,
  disclosed: dateFactSchema,
  populations: z.array(populationSchema).min(1),
  /** fields reported NOT exposed for the incident as a whole */
  notExposed: z.array(field),
  offers: z.array(offerSchema),
  /** totals that disagree, each with its source; shown side by side */
  totals: z.array(countSchema),
  sources: sourceKeys,
  excluded: z.array(exclusionSchema).optional(),
});

/**
 * What regulators and courts did after the incidents, when it spans several
 * of them (the FCC consent decree of 2024). `incidents` are the catalog
 * incidents it names for sure; `unconfirmed` those it plausibly covers.
 * Wording under Catalog.aftermath.<id>.
 */
export const aftermathSchema = z.strictObject({
  id: messageId,
  date: partialDate,
  incidents: z.array(z.string()).min(1),
  unconfirmed: z.array(z.string()),
  sources: sourceKeys,
});

/** A minor or related incident, About.minor.<id>; listed oldest first. */
export const minorIncidentSchema = z.strictObject({
  /** "YYYY-MM-slug", or "YYYY-slug" when the sources give only the year */
  id: z.string().regex(/^(19|20)\d{2}(-(0[1-9]|1[0-2]))?-[a-z0-9-]+$/, 'YYYY[-MM]-slug'),
  sources: sourceKeys,
});

export const catalogSchema = z.array(incidentSchema).min(1);
export const sourcesSchema = z.array(sourceSchema).min(1);
