// The controlled vocabularies every other module speaks. Codes only: labels
// live in messages/*.json (Fields.<id>.label, Relationships.<id>.label).
// A type-only import: the incident records stay out of every bundle that needs
// only these lists (the questionnaire checks answers against
// RELATIONSHIP_TYPES and must not download the catalog for it).
import type { INCIDENTS } from './incidents';

export const FIELD_IDS = [
  'name',
  'address',
  'phone',
  'email',
  'date_of_birth',
  'ssn',
  'drivers_license',
  'government_id',
  'imei',
  'imsi',
  'sim_serial',
  'msisdn',
  'puk',
  'account_number',
  'account_pin',
  'rate_plan',
  'billing_info',
  'number_of_lines',
  'account_status',
  'activation_date',
  'call_records_cpni',
  'financial_account',
  'payment_card',
  'password_hash',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export const RELATIONSHIP_TYPES = [
  'postpaid',
  'prepaid',
  'metro',
  'sprint',
  'sprint_premerger',
  'sprint_moved',
  'mvno',
  'applicant',
  'employee',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Incident ids, derived from the incident files (lib/catalog/incidents/index.ts); the list is INCIDENT_IDS there. */
export type IncidentId = (typeof INCIDENTS)[number]['id'];

/** Confidence levels of the fact sheet: H = company, filing, court; M = consistent press or official third party; L = one secondary source or an estimate. */
export const CONFIDENCE_LEVELS = ['H', 'M', 'L'] as const;

export const ACTION_IDS = [
  'change-account-pin',
  'account-takeover-protection',
  'sim-protection',
  'carrier-sim-protection',
  'scam-shield',
  'credit-freeze',
  'credit-reports',
  'irs-ip-pin',
  'drivers-license-dmv',
  'bank-and-card-watch',
  'change-passwords',
  'phishing-vigilance',
  'mcafee-id-protection',
  'settlement-2021',
  'report-identity-theft',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
