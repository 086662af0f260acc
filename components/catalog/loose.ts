// The catalog's date helper still names the data-keyed translator by its old
// name; this alias goes when that helper takes DataMessages directly.
export type { DataMessages as LooseT } from '../useDataMessages';
