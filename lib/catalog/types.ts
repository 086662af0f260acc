import type { Confidence, FieldId, IncidentId, RelationshipType } from './vocabulary';

/** "YYYY-MM" */
export type YearMonth = `${number}-${number}`;
/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
export type IsoPartialDate = string;

/** Key of an entry of SOURCES (lib/catalog/sources.ts); the fact sheet's own keys, e.g. "TM21c". */
export type SourceKey = string;

export type Source = {
  readonly key: SourceKey;
  readonly title: string;
  readonly publisher: string;
  /** ISO partial date of publication, when the fact sheet gives one. */
  readonly date?: IsoPartialDate;
  /** As it appeared in the fact sheet; never invented. */
  readonly url?: string;
  /** true for sources that are company statements, filings, courts or settlement sites */
  readonly official?: boolean;
  /** true when the URL is a copy, capture or re-post (never shown as the official page or a call to action) */
  readonly mirror?: boolean;
  /** language of the document (BCP 47), for hreflang on the link */
  readonly lang?: string;
};

/** A date fact: known (exactly or approximately) or explicitly unknown. */
export type DateFact =
  | {
      readonly kind: 'known';
      readonly date: IsoPartialDate;
      /** true when the sources say "about", "early", "late", or a range */
      readonly approximate: boolean;
      /** end of a range ("24 Feb – 30 Mar 2023", "12–14 Aug 2021"); `date` is its start */
      readonly until?: IsoPartialDate;
      readonly sources: readonly SourceKey[];
    }
  | { readonly kind: 'unknown' };

/**
 * How a relationship of a given type qualifies a person for a population.
 * Months are inclusive. A relationship qualifies when it could have existed
 * in the stated way; the engine decides likely vs possible from the precision
 * of the person's dates and from the population's reach.
 */
export type Membership =
  /**
   * the relationship was active at some month in [from, to]. The first and
   * last months are partial by default (the sources date most windows to a
   * day inside them, e.g. "about 25 Nov 2022", "20 Aug 2018"), so being
   * active in an edge month alone is only a possible overlap.
   * `fromWholeMonth` / `toWholeMonth`: the sources date the window from the
   * 1st / to the last day of that month (e.g. "1 Sep 2013"), so the month
   * counts in full. `startUndisclosed`: the sources give only when access
   * stopped (`to`); `from` is then the stop month too, and the months before
   * it are possibly concerned (lib/months.ts, UNDISCLOSED_START_REACH_MONTHS).
   * `notBefore`: that reach stops at this month, because the relationship
   * was not a T-Mobile one before it (Sprint customers became T-Mobile
   * customers with the merger, 1 April 2020).
   */
  | {
      readonly kind: 'active-during';
      readonly from: YearMonth;
      readonly to: YearMonth;
      readonly fromWholeMonth?: true;
      readonly toWholeMonth?: true;
      readonly startUndisclosed?: true;
      readonly notBefore?: YearMonth;
    }
  /**
   * the relationship had begun by `by` (applied, or became a customer), e.g.
   * "applied for credit before Aug 2021", and from `since` when given. `by`
   * is a partial month (beginning in it alone is only a possible match);
   * `since` too, unless `sinceWholeMonth` (the sources start on the 1st).
   */
  | {
      readonly kind: 'began-by';
      readonly by: YearMonth;
      readonly since?: YearMonth;
      readonly sinceWholeMonth?: true;
    }
  /** the relationship had ended by `by` (a former customer at that time); ending in `by` itself is only possible */
  | { readonly kind: 'ended-by'; readonly by: YearMonth }
  /** no time window was published: any relationship of this type that began before `by` */
  | { readonly kind: 'no-window'; readonly by: YearMonth };

export type PopulationMember = {
  readonly relationship: RelationshipType;
  readonly membership: Membership;
  /**
   * Overrides the population's reach for this member only, when the sources
   * make this kind of relationship a less certain member than the others
   * (e.g. a former Sprint customer in the 2021 credit-applicant group).
   */
  readonly reach?: Reach;
};

/**
 * broad: the sources say most or all of the people matching the window were hit -> likely on a clear overlap.
 * partial: only a share of them was hit (e.g. ~200k, 836), or their inclusion is uncertain -> possible at best.
 */
export type Reach = 'broad' | 'partial';

export type Count = {
  /** null when the figure is not a number ("not disclosed") */
  readonly value: number | null;
  readonly approximate: boolean;
  /** message key suffix under Catalog.counts.<id> for the wording ("just over 40 million records") */
  readonly id: string;
  readonly unit: 'people' | 'accounts' | 'records' | 'customers' | 'names';
  readonly nature: 'company' | 'claim' | 'regulator' | 'settlement' | 'press' | 'estimate';
  readonly date?: IsoPartialDate;
  readonly sources: readonly SourceKey[];
  readonly confidence: Confidence;
};

export type Population = {
  /** unique inside its incident, e.g. "P1" */
  readonly id: string;
  readonly members: readonly PopulationMember[];
  readonly reach: Reach;
  readonly counts: readonly Count[];
  /**
   * Fields the sources say were exposed for this group. Empty only for a group
   * we keep because no source rules it out, although none says it was hit
   * (the engine then claims none of the person's data, and says so).
   */
  readonly exposed: readonly FieldId[];
  readonly notExposed: readonly FieldId[];
  readonly confidence: Confidence;
  readonly sources: readonly SourceKey[];
};

export type Offer = {
  /** message key suffix under Incidents.<incidentId>.offers.<id> */
  readonly id: string;
  /** ISO date the offer or claim window ended; absent when still open or unknown */
  readonly endedOn?: IsoPartialDate;
  /** 'open' | 'ended' | 'unknown' (e.g. McAfee: probably ended, end date unknown) */
  readonly status: 'open' | 'ended' | 'unknown';
  readonly sources: readonly SourceKey[];
  /**
   * offer: something people could sign up for or claim (status matters);
   * advice: what T-Mobile or an authority told people to do;
   * measure: something T-Mobile did itself (PIN reset, notices).
   * Absent means 'offer'.
   */
  readonly kind?: 'offer' | 'advice' | 'measure';
};

/**
 * A group the sources explicitly say was NOT exposed (e.g. "no former Sprint
 * prepaid or Boost customers had names or PINs exposed", 17 Aug 2021). Shown
 * on the incident page; the engine may cite it, but it must not turn a
 * possible match into "not affected" when the person's relationship type is
 * broader than the excluded group (e.g. `sprint` covers Sprint postpaid too).
 * Wording under Incidents.<incidentId>.excluded.<id>.
 */
export type Exclusion = {
  readonly id: string;
  readonly relationships: readonly RelationshipType[];
  readonly confidence: Confidence;
  readonly sources: readonly SourceKey[];
};

export type Incident = {
  readonly id: IncidentId;
  readonly accessBegan: DateFact;
  readonly discovered: DateFact;
  readonly disclosed: DateFact;
  readonly populations: readonly Population[];
  /** fields reported NOT exposed for the incident as a whole */
  readonly notExposed: readonly FieldId[];
  readonly offers: readonly Offer[];
  /** totals that disagree, each with its source; shown honestly side by side */
  readonly totals: readonly Count[];
  readonly sources: readonly SourceKey[];
  /** groups the sources say were not exposed */
  readonly excluded?: readonly Exclusion[];
};
