// The catalog's types, inferred from its zod schema (./schema) so the shape
// is written once. Everything is deeply readonly: the data is `as const`.
import type { z } from 'zod';
import type {
  aftermathSchema,
  countSchema,
  dateFactSchema,
  incidentSchema,
  membershipSchema,
  minorIncidentSchema,
  populationMemberSchema,
  populationSchema,
  reachSchema,
  sourceSchema,
} from './schema';
import type { IncidentId } from './vocabulary';

export type { YearMonth } from './schema';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
type Shape<S extends z.ZodType> = DeepReadonly<z.infer<S>>;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
export type IsoPartialDate = string;
/** Key of an entry of SOURCES (lib/catalog/sources.ts); the fact sheet's own keys, e.g. "TM21c". */
export type SourceKey = string;

export type Source = Shape<typeof sourceSchema>;
export type DateFact = Shape<typeof dateFactSchema>;
export type Membership = Shape<typeof membershipSchema>;
export type Reach = Shape<typeof reachSchema>;
export type Count = Shape<typeof countSchema>;
export type PopulationMember = Shape<typeof populationMemberSchema>;
export type Population = Shape<typeof populationSchema>;
export type Aftermath = Shape<typeof aftermathSchema>;
export type MinorIncident = Shape<typeof minorIncidentSchema>;

/** What an incident file declares (`satisfies IncidentData`); its id becomes an IncidentId. */
export type IncidentData = Shape<typeof incidentSchema>;
/** An incident of the catalog. */
export type Incident = Omit<IncidentData, 'id'> & { readonly id: IncidentId };
