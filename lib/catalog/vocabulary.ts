// The controlled vocabularies every other module speaks. Codes only: labels
// live in messages/*.json (Fields.<id>.label, Relationships.<id>.label).

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
  'msisdn',
  'puk',
  'account_number',
  'account_pin',
  'rate_plan',
  'billing_info',
  'number_of_lines',
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
  'applicant',
  'employee',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const INCIDENT_IDS = [
  '2015-09-experian',
  '2018-08-account-data',
  '2019-11-prepaid',
  '2020-03-email-vendor',
  '2020-12-cpni',
  '2021-08-cyberattack',
  '2023-01-api',
  '2023-04-pin',
] as const;
export type IncidentId = (typeof INCIDENT_IDS)[number];

/** Confidence levels of the fact sheet: H = company, filing, court; M = consistent press or official third party; L = one secondary source or an estimate. */
export const CONFIDENCE_LEVELS = ['H', 'M', 'L'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const ACTION_IDS = [
  'change-account-pin',
  'account-takeover-protection',
  'sim-protection',
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
