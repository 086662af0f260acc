import { FIELD_IDS, type FieldId } from './vocabulary';

/**
 * How much harm a field can do in a criminal's hands, most first: what opens
 * credit or proves identity, then what takes over a phone line or money,
 * then what makes scams convincing. Every list of exposed data on the site
 * (the results summary and checklist, the incidents index) puts the most
 * sensitive first by this one ranking; fields not listed follow in
 * vocabulary order.
 */
const SENSITIVITY: readonly FieldId[] = [
  'ssn',
  'drivers_license',
  'government_id',
  'date_of_birth',
  'financial_account',
  'payment_card',
  'account_pin',
  'password_hash',
  'puk',
  'imsi',
  'imei',
  'account_number',
  'call_records_cpni',
  'billing_info',
  'msisdn',
  'address',
  'name',
  'phone',
  'email',
  'rate_plan',
  'number_of_lines',
];

/** 0 for the most sensitive field. */
function sensitivityRank(id: FieldId): number {
  const i = SENSITIVITY.indexOf(id);
  return i < 0 ? SENSITIVITY.length + FIELD_IDS.indexOf(id) : i;
}

/** Sort comparator: the most sensitive first. */
export const bySensitivity = (a: FieldId, b: FieldId) => sensitivityRank(a) - sensitivityRank(b);
