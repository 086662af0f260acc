import type { ActionId, FieldId, IncidentId, RelationshipType } from '../catalog/vocabulary';
import type { MonthSpan } from '../months';
import type { Reason } from './reasons';

export type { MonthSpan } from '../months';

export type Status = 'likely' | 'possible' | 'not-affected';
export type ExposedStatus = Exclude<Status, 'not-affected'>;
/**
 * now: do it first (data likely exposed, sensitive); soon: worth doing in the
 * coming weeks; thorough: "if you want to be thorough" (driven only by data
 * possibly exposed, or cheap insurance); ongoing: habits to keep.
 */
export type Priority = 'now' | 'soon' | 'thorough' | 'ongoing';

/** 'account': a setting or offer of a T-Mobile/Metro account ("Your T-Mobile account"); 'general': everything else. */
export type ActionGroup = 'account' | 'general';

/**
 * Why the engine reached a status, as data: the results page turns each
 * reason into words with messages (Reasons.<code>), so reasons are
 * locale-free. `months` is the overlap (or the relevant month) as ISO
 * year-months; `relationshipIndex` points into answers.relationships.
 */
export type { Reason } from './reasons';

export type IncidentResult = {
  id: IncidentId;
  status: Status;
  reasons: Reason[];
  /** populations (ids) the person may belong to */
  populations: string[];
  /** fields exposed for people like this person in this incident */
  fields: FieldId[];
  /** the incident's time window as the engine read it, for the timeline */
  window: IncidentWindow;
  /**
   * Where each of the person's relationships met a group of this incident,
   * as the verdict used it: `kind` 'certain' only for the overlaps that can
   * make an incident "likely". Empty when not affected. One entry per
   * relationship and kind, months merged across groups.
   */
  overlaps: Overlap[];
};

/**
 * An incident's time window, in months (lib/months.ts, WindowMonths): the
 * union over its groups' windows ("active during" and "began between"
 * rules). An incident with only "before <month>" rules (no published window,
 * former customers) is dated to that month alone, as a partial month.
 */
export type IncidentWindow = {
  /** months the sources date the incident to: each certainly touched, at least in part */
  dated: MonthSpan;
  /**
   * months certainly covered in full; the months of `dated` outside it are
   * partial edges (draw them as uncertain). null when every month is partial.
   */
  whole: MonthSpan | null;
  /** every month the incident may concern: `dated`, reaching back before an undisclosed start */
  possible: MonthSpan;
  /** the sources give only when access stopped; `possible` starts before `dated` */
  startUndisclosed: boolean;
};

export type Overlap = {
  /** index into answers.relationships (and Assessment.relationships) */
  relationshipIndex: number;
  kind: 'certain' | 'possible';
  months: MonthSpan;
};

/**
 * One answer as months, exactly as the engine used it (lib/months.ts,
 * RelationshipMonths). The timeline draws these, never the answers.
 */
export type RelationshipTimeline = {
  /** index into answers.relationships */
  index: number;
  type: RelationshipType;
  /** from the earliest month it may have begun to the latest it may have ended */
  possible: MonthSpan;
  /** months it certainly covered, on at least one day; null when no month is certain */
  certain: MonthSpan | null;
  /**
   * months it certainly covered from the first day to the last; the months of
   * `certain` outside it are partial (joined or left that month)
   */
  whole: MonthSpan | null;
  /** an application without an end: an event in `possible`, not a period */
  event: boolean;
  /** the person said it is still going on */
  ongoing: boolean;
};

export type FieldResult = { id: FieldId; status: ExposedStatus; incidents: IncidentId[] };

export type ActionResult = {
  id: ActionId;
  /** from what put the action in the plan: likely or only possible exposure (see actions.ts) */
  priority: Priority;
  group: ActionGroup;
  /**
   * Whether the item counts in "n of m done": false for offers that are not
   * steps (ended, unknown) and for account steps that apply only if the
   * person still has an account (onlyIfStillCustomer).
   */
  countsTowardProgress: boolean;
  /**
   * A lighter alternative shown inside this item (a fraud alert inside the
   * credit freeze). Wording: Actions.<id>.alternative.{title, text, steps."1".."n"};
   * link labels under Actions.<id>.alternative.linkLabels.<link id>.
   */
  alternative?: { id: string; steps: number; links: { id: string; url: string; source: string }[] };
  /** false for offers that have ended: shown as ended, never as a step to take */
  available: boolean;
  fields: FieldId[];
  incidents: IncidentId[];
  /** strongest status among the fields and incidents that put the action in the plan */
  status?: ExposedStatus;
  /**
   * For actions that are offers (McAfee, the 2021 settlement): 'open',
   * 'ended' (available is false), or 'unknown' when the sources do not say
   * whether it still runs (available is false too: never shown as a step).
   */
  availability?: 'open' | 'ended' | 'unknown';
  /** ISO date an ended offer closed, when the sources give it */
  endedOn?: string;
  /**
   * true when the action is about a T-Mobile or Metro account and no customer
   * relationship (postpaid, prepaid, metro, sprint) may still be active as of
   * the assessment: the priority is then 'ongoing' and the results page says
   * Actions.onlyIfStillCustomer. Absent otherwise.
   */
  onlyIfStillCustomer?: true;
  /** copied from lib/assessment/actions.ts so the UI needs no second lookup */
  minutes?: number;
  /** number of steps in Actions.<id>.steps ("1".."n") */
  steps?: number;
  /** official links (fact-sheet URLs only); label: Actions.<id>.linkLabels.<link id> */
  links?: { id: string; url: string; source: string }[];
};

export type Assessment = {
  /** ISO date "YYYY-MM-DD" the assessment was made for */
  asOf: string;
  /** the answers as months, in answer order, for the timeline */
  relationships: RelationshipTimeline[];
  incidents: IncidentResult[];
  fields: FieldResult[];
  actions: ActionResult[];
};
