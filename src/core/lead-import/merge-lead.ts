import type { PreparedLead } from '../lead-intake/prepare-lead-row.ts';

/** The fields of a stored lead an import may fill in or overwrite. */
export interface MergeableLead {
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  phones: { e164: string; type: string; extension?: string }[];
  address: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  customFields: Record<string, string>;
}

export type LeadChanges = Partial<MergeableLead>;

/** A phone as a lead stores it: number, line type and the extension when it has one. */
export const storedPhone = (phone: { e164: string; type: string; extension?: string }) =>
  phone.extension
    ? { e164: phone.e164, type: phone.type, extension: phone.extension }
    : { e164: phone.e164, type: phone.type };

const scalarFields = [
  'firstName',
  'lastName',
  'company',
  'email',
  'address',
  'city',
  'state',
  'postalCode',
] as const satisfies readonly (keyof MergeableLead)[];

/**
 * What a row changes on a lead the client already has. 'fill' only writes fields that are empty
 * on the lead; 'overwrite' writes every field the row has a value for. Either way an empty cell
 * never erases stored data, phones are only ever added (the lead's dialled number stays first)
 * and custom fields are merged key by key. An empty result means the row brings nothing new.
 *
 * @example
 * mergeLead({ firstName: 'Ana', company: null, … }, { firstName: 'Anna', company: 'Acme', … }, 'fill')
 * // { company: 'Acme' }
 */
export function mergeLead(
  stored: MergeableLead,
  row: Pick<PreparedLead, (typeof scalarFields)[number] | 'phones' | 'customFields'>,
  policy: 'fill' | 'overwrite',
): LeadChanges {
  const changes: LeadChanges = {};
  for (const field of scalarFields) {
    const incoming = row[field];
    const current = stored[field];
    if (incoming === null || incoming === '' || incoming === current) continue;
    if (policy === 'overwrite' || current === null || current === '') {
      (changes as Record<string, string>)[field] = incoming;
    }
  }
  const known = new Set(stored.phones.map((p) => p.e164));
  const added = row.phones.filter((p) => !known.has(p.e164)).map(storedPhone);
  if (added.length > 0) changes.phones = [...stored.phones, ...added];

  const custom = { ...stored.customFields };
  let customChanged = false;
  for (const [key, value] of Object.entries(row.customFields)) {
    const current = custom[key];
    if (value === '' || value === current) continue;
    if (policy === 'overwrite' || current === undefined || current === '') {
      custom[key] = value;
      customChanged = true;
    }
  }
  if (customChanged) changes.customFields = custom;
  return changes;
}
