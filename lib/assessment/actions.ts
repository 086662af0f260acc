// The action plan as typed data: what puts each action in a person's plan
// (exposed fields and/or incidents), how urgent it is, how long it takes, and
// the official pages to use. Wording lives in messages (Actions.<id>): title,
// why, duration, steps."1".."n" (n = `steps` here), linkLabels.<link id>,
// and for offers `ended` / `unknown` (the sentence shown instead of steps
// to take, by ActionResult.availability). None of them takes an argument.
//
// Links: ONLY URLs that appear in the fact sheet (docs/research/incidents.md),
// each with its source key; names the fact sheet gives only as domains
// (IdentityTheft.gov, annualcreditreport.com) are linked at their root. No
// IRS or DMV URL is in the fact sheet, so those actions have no link; the
// IdentityTheft.gov copy in the fact sheet is a urlscan capture and is never
// linked.

import type { FieldId, IncidentId, RelationshipType } from '../catalog/vocabulary';
import type { ActionId } from '../catalog/vocabulary';
import type { SourceKey } from '../catalog/types';
import type { ActionGroup, Priority } from './types';

type ActionLink = {
  /** message key suffix: Actions.<actionId>.linkLabels.<id> */
  readonly id: string;
  readonly url: string;
  readonly source: SourceKey;
};

/**
 * An action that is an offer someone could take up. Its availability comes
 * from the catalog's offer `offerId` of `incident` when the catalog records it;
 * `fallback` holds what the fact sheet says, used when it does not.
 */
type ActionOffer = {
  readonly incident: IncidentId;
  readonly offerIds: readonly string[];
  readonly fallback: {
    readonly status: 'open' | 'ended' | 'unknown';
    readonly endedOn?: string;
    readonly sources: readonly SourceKey[];
  };
};

/**
 * How urgent an action is, by what put it in the plan: data LIKELY exposed,
 * or data (or incidents) only POSSIBLY exposed. Sensitivity is in the
 * choice: identity numbers and account takeover are "now" when likely;
 * anything only possible is at most "soon", and "thorough" (if you want to
 * be thorough) when it is cheap insurance rather than a needed step.
 */
type ActionPriorities = { readonly likely: Priority; readonly possible: Priority };

/**
 * A lighter alternative shown inside an action rather than as an item of its
 * own (a fraud alert inside the credit freeze). Wording:
 * Actions.<actionId>.alternative.{title, text, steps."1".."n"}.
 */
type ActionAlternative = {
  readonly id: string;
  readonly steps: number;
  readonly links: readonly ActionLink[];
  readonly sources: readonly SourceKey[];
};

export type ActionDefinition = {
  readonly id: ActionId;
  readonly priority: ActionPriorities;
  /** 'account': a setting or offer of the T-Mobile/Metro account, shown under "Your T-Mobile account" */
  readonly group: ActionGroup;
  /** exposing any of these fields puts the action in the plan */
  readonly fields: readonly FieldId[];
  /** being likely or possibly touched by any of these incidents puts it in the plan */
  readonly incidents: readonly IncidentId[];
  /** only for people with one of these relationships (absent: everyone) */
  readonly relationships?: readonly RelationshipType[];
  /** rough time to do it, in minutes (Actions.<id>.duration says it in words) */
  readonly minutes: number;
  /** number of numbered steps in Actions.<id>.steps */
  readonly steps: number;
  readonly links: readonly ActionLink[];
  readonly offer?: ActionOffer;
  readonly alternative?: ActionAlternative;
  /** fact sheet source keys for the advice itself */
  readonly sources: readonly SourceKey[];
  /**
   * For a person with no customer relationship that may still be active (all
   * their T-Mobile, Metro or Sprint accounts ended before the "as of" month,
   * or they were only an applicant or employee): the priority instead of
   * `priority`, and whether the action only makes sense with an account
   * (ActionResult.onlyIfStillCustomer). Absent: the same for everyone.
   */
  readonly formerCustomer?: { readonly priority: Priority; readonly onlyIfStillCustomer: boolean };
};

/**
 * Settings of a T-Mobile or Metro account: nothing to do "now" for someone
 * who may no longer have one, but still worth it if they do (perhaps without
 * remembering).
 */
const ACCOUNT_ONLY = { priority: 'ongoing', onlyIfStillCustomer: true } as const;

/** In order: do now, soon, if you want to be thorough, and habits to keep. */
export const PRIORITIES = ['now', 'soon', 'thorough', 'ongoing'] as const satisfies readonly Priority[];

const URGENT = { likely: 'now', possible: 'soon' } as const;
const WORTH_IT = { likely: 'soon', possible: 'thorough' } as const;
const HABIT = { likely: 'ongoing', possible: 'ongoing' } as const;

const FTC_FREEZE: ActionLink = {
  id: 'ftc',
  url: 'https://consumer.ftc.gov/consumer-alerts/2018/09/free-credit-freezes-are-here?page=1',
  source: 'FTCFRZ',
};
const FCC_PORT_OUT: ActionLink = {
  id: 'fcc',
  url: 'https://fcc.gov/port-out-fraud-targets-your-private-accounts',
  source: 'FCCP',
};

/** Fields whose theft helps a SIM swap or a fraudulent port-out. */
const PHONE_ACCOUNT_FIELDS = [
  'account_pin',
  'account_number',
  'phone',
  'imei',
  'imsi',
  'sim_serial',
  'msisdn',
  'puk',
] as const satisfies readonly FieldId[];
/** Fields that make targeted phishing believable. */
const PHISHING_FIELDS = [
  'name',
  'address',
  'email',
  'phone',
  'date_of_birth',
  'rate_plan',
  'number_of_lines',
  'account_status',
  'activation_date',
  'billing_info',
  'account_number',
] as const satisfies readonly FieldId[];
/** Fields that open credit in someone's name. */
const IDENTITY_FIELDS = ['ssn', 'drivers_license', 'government_id'] as const satisfies readonly FieldId[];
const MONEY_FIELDS = ['financial_account', 'payment_card'] as const satisfies readonly FieldId[];

/**
 * In urgency order: the plan lists actions by priority, then by this order.
 * Offers that may have ended come last.
 */
export const ACTIONS = [
  {
    id: 'credit-freeze',
    priority: URGENT,
    group: 'general',
    fields: IDENTITY_FIELDS,
    incidents: [],
    minutes: 30,
    steps: 6,
    links: [
      FTC_FREEZE,
      { id: 'equifax', url: 'https://www.equifax.com/personal/credit-report-services/credit-freeze/', source: 'CAAG' },
      { id: 'experian', url: 'https://www.experian.com/freeze/center.html', source: 'CAAG' },
      { id: 'transunion', url: 'https://www.transunion.com/credit-freeze', source: 'CAAG' },
      // Québec's regulator on the free "gel de sécurité" (Canadian files only).
      { id: 'cai', url: 'https://www.cai.gouv.qc.ca/dossier-credit/mesures-de-protection/', source: 'CAI' },
    ],
    // What a US freeze asks for and what to expect from abroad: Experian's and
    // Oregon's freeze pages as the fact sheet quotes them; Québec: CAI, RC.
    sources: ['ITG', 'FTCFRZ', 'CAAG', 'EXPW', 'CAI', 'RC'],
    // The lighter alternative, one item with the freeze (IdentityTheft.gov:
    // "a free credit freeze, or at least a fraud alert").
    alternative: { id: 'fraud-alert', steps: 2, links: [FTC_FREEZE], sources: ['ITG', 'FTCFRZ'] },
  },
  {
    id: 'change-account-pin',
    priority: URGENT,
    group: 'account',
    fields: [...PHONE_ACCOUNT_FIELDS, 'call_records_cpni'],
    incidents: [],
    minutes: 10,
    steps: 3,
    links: [
      { id: 'pin', url: 'https://www.t-mobile.com/support/account/update-your-customer-pinpasscode', source: 'PIN' },
      { id: 'cpni', url: 'https://www.t-mobile.com/privacy-center/education-and-resources/cpni', source: 'CPNI' },
    ],
    sources: ['PIN', 'IT21', 'FCCP', 'CPNI'],
    formerCustomer: ACCOUNT_ONLY,
  },
  {
    id: 'account-takeover-protection',
    priority: URGENT,
    group: 'account',
    fields: PHONE_ACCOUNT_FIELDS,
    incidents: [],
    minutes: 10,
    steps: 3,
    links: [
      {
        id: 'tmobile',
        url: 'https://www.t-mobile.com/support/plans-features/account-takeover-protection',
        source: 'ATP',
      },
      FCC_PORT_OUT,
    ],
    sources: ['ATPes', 'IT21', 'FCCP'],
    formerCustomer: ACCOUNT_ONLY,
  },
  {
    id: 'sim-protection',
    priority: URGENT,
    group: 'account',
    // An exposed phone number is what a SIM swap starts from, so it leads here too.
    fields: ['account_pin', 'account_number', 'phone', 'imei', 'imsi', 'sim_serial', 'msisdn', 'puk'],
    incidents: [],
    minutes: 10,
    steps: 3,
    links: [
      {
        id: 'tmobile',
        url: 'https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5',
        source: 'SIMP',
      },
      FCC_PORT_OUT,
    ],
    sources: ['SIMP', 'FCCP', 'ITRC'],
    formerCustomer: ACCOUNT_ONLY,
  },
  {
    // Customers of carriers running on T-Mobile's network (Google Fi, Mint...):
    // the T-Mobile account steps are not theirs; the FCC's advice is.
    id: 'carrier-sim-protection',
    priority: URGENT,
    group: 'general',
    fields: PHONE_ACCOUNT_FIELDS,
    incidents: [],
    relationships: ['mvno'],
    minutes: 10,
    steps: 3,
    links: [FCC_PORT_OUT],
    sources: ['FCCP', 'LR'],
  },
  {
    id: 'bank-and-card-watch',
    priority: { likely: 'now', possible: 'thorough' },
    group: 'general',
    fields: MONEY_FIELDS,
    incidents: [],
    minutes: 30,
    steps: 3,
    links: [],
    sources: [],
  },
  {
    id: 'change-passwords',
    priority: URGENT,
    group: 'general',
    fields: ['password_hash'],
    incidents: [],
    minutes: 20,
    steps: 3,
    links: [],
    sources: ['ITG', 'KEHOE'],
    // Changing a reused password elsewhere still matters after leaving T-Mobile:
    // not urgent, but not only for people who still have an account.
    formerCustomer: { priority: 'ongoing', onlyIfStillCustomer: false },
  },
  {
    id: 'credit-reports',
    priority: WORTH_IT,
    group: 'general',
    fields: [...IDENTITY_FIELDS, ...MONEY_FIELDS],
    incidents: [],
    minutes: 20,
    steps: 3,
    links: [{ id: 'annualcreditreport', url: 'https://www.annualcreditreport.com/', source: 'ITG' }],
    sources: ['ITG', 'EXPW'],
  },
  {
    id: 'irs-ip-pin',
    priority: WORTH_IT,
    group: 'general',
    fields: ['ssn'],
    incidents: [],
    minutes: 20,
    steps: 3,
    links: [],
    sources: ['IPPIN', 'ITG'],
  },
  {
    id: 'drivers-license-dmv',
    priority: WORTH_IT,
    group: 'general',
    // A DMV issues driver's licences (and state IDs), not passports or
    // military IDs: those are covered by the freeze and the credit reports.
    fields: ['drivers_license'],
    incidents: [],
    minutes: 30,
    steps: 3,
    links: [],
    sources: ['EXPW', 'SCORES'],
  },
  {
    id: 'scam-shield',
    priority: WORTH_IT,
    group: 'account',
    fields: PHISHING_FIELDS,
    incidents: [],
    minutes: 5,
    steps: 3,
    links: [
      { id: 'tmobile', url: 'https://www.t-mobile.com/support/plans-features/t-mobile-scam-shield-app', source: 'SS' },
      { id: 'metro', url: 'https://www.metrobyt-mobile.com/benefits/scam-shield/faq', source: 'SSM' },
    ],
    sources: ['SS', 'SSM', 'seed000', 'MR'],
    formerCustomer: ACCOUNT_ONLY,
  },
  {
    id: 'phishing-vigilance',
    priority: HABIT,
    group: 'general',
    fields: [...PHISHING_FIELDS, ...IDENTITY_FIELDS, ...MONEY_FIELDS, ...PHONE_ACCOUNT_FIELDS],
    incidents: [],
    minutes: 5,
    steps: 4,
    links: [FCC_PORT_OUT],
    sources: ['MIAG', 'FCCP', 'ITG'],
  },
  {
    id: 'report-identity-theft',
    priority: HABIT,
    group: 'general',
    fields: [...IDENTITY_FIELDS, ...MONEY_FIELDS],
    incidents: [],
    minutes: 30,
    steps: 3,
    links: [{ id: 'identitytheft', url: 'https://www.identitytheft.gov/', source: 'ITG' }],
    sources: ['ITG', 'ST23'],
  },
  {
    id: 'mcafee-id-protection',
    priority: HABIT,
    group: 'account',
    fields: [],
    incidents: ['2021-08-cyberattack'],
    minutes: 15,
    steps: 2,
    links: [
      {
        id: 'statement',
        url: 'https://www.t-mobile.com/news/network/cyberattack-against-tmobile-and-our-customers',
        source: 'TM21d',
      },
    ],
    // Two years from August 2021 per T-Mobile; the fact sheet says it probably
    // ended but gives no end date (open question 7): unknown, never "open".
    offer: {
      incident: '2021-08-cyberattack',
      offerIds: ['mcafee', 'mcafee-id-theft-protection', 'mcafee-id-protection'],
      fallback: { status: 'unknown', sources: ['TM21c', 'MCN'] },
    },
    sources: ['TM21c', 'seed000', 'MCN'],
  },
  {
    id: 'settlement-2021',
    priority: HABIT,
    group: 'general',
    fields: [],
    incidents: ['2021-08-cyberattack'],
    minutes: 5,
    steps: 2,
    links: [{ id: 'settlement', url: 'https://www.t-mobilesettlement.com/home/faqs2/', source: 'SET' }],
    offer: {
      incident: '2021-08-cyberattack',
      offerIds: ['settlement', 'settlement-2021'],
      fallback: { status: 'ended', endedOn: '2023-01-23', sources: ['SUN'] },
    },
    sources: ['SET', 'SUN', 'MOLW', 'AUD'],
  },
] as const satisfies readonly ActionDefinition[];

export function actionDefinition(id: ActionId): ActionDefinition {
  const found = (ACTIONS as readonly ActionDefinition[]).find((a) => a.id === id);
  if (!found) throw new Error(`No action definition for ${id}`);
  return found;
}
