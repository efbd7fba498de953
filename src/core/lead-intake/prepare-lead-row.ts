import type { RowProblemCode } from '../../contracts/imports.ts';
import type { ColumnTarget } from './column-mapping.ts';
import { normalizeCountry } from './country.ts';
import { normalizeEmail } from './email.ts';
import { collectLeadCells, type LeadCells } from './lead-cells.ts';
import { cleanName, cleanOptional, splitFullName } from './names.ts';
import { type NormalizedPhone, normalizePhone, type PhoneNormalizer } from './phone.ts';
import { type ForeignPhonePolicy, isForeignPhone } from './phone-country.ts';
import { normalizePostalCode } from './postal-code.ts';
import { explicitTimeZone } from './time-zone-name.ts';
import { normalizeUsState } from './us-state.ts';

/** A problem with one cell of one row; `rowNumber` is the row a spreadsheet user sees. */
export interface RowError {
  rowNumber: number;
  field: string;
  /** In English, for logs and the CSV; screens translate `code` with `params` when present. */
  reason: string;
  code?: RowProblemCode;
  params?: Record<string, string>;
}

/** One row of an import, normalized, before time zones, dedupe and do-not-call checks. */
export interface PreparedLead {
  rowNumber: number;
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  /** The first valid phone, E.164: the one the dialer calls. */
  phone: string;
  /** Every valid phone of the row, without repeats, the primary first. */
  phones: NormalizedPhone[];
  address: string | null;
  city: string | null;
  /** USPS code for US leads; the cell's text elsewhere. */
  state: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2: the row's country column, else the client's default. */
  country: string;
  /** Only an explicit, valid IANA zone from the file; resolving from postal code or phone is not done here. */
  timeZone: string | null;
  source: string | null;
  customFields: Record<string, string>;
  /** A notes column's text: stored as a note on the lead, not as a field (absent: none). */
  note?: string | null;
}

/**
 * A prepared row, or why the row cannot be imported. `warnings` are cells that were dropped
 * (an unknown state, a malformed second phone …) without rejecting the row.
 */
export type PrepareResult =
  | { ok: true; lead: PreparedLead; warnings: RowError[] }
  | { ok: false; errors: RowError[] };

export interface PrepareOptions {
  /** ISO alpha-2 of the client: how national numbers and rows without a country are read. */
  defaultCountry: string;
  /**
   * Reads each phone cell; `normalizePhone` when absent. A bulk import passes one
   * `createPhoneNormalizer()` for all its rows: same answers, cached.
   */
  normalizePhone?: PhoneNormalizer;
  /**
   * A phone of another numbering plan than the row's country: kept with a warning ('warn', the
   * default) or left out like an invalid one ('refuse').
   */
  foreignPhones?: ForeignPhonePolicy;
}

/**
 * Turns one row of a file into a lead. A row is rejected only when it has no valid phone (field
 * 'phone') or a malformed email (field 'email'); other unusable cells become warnings.
 *
 * @example
 * prepareLeadRow(2, { Name: 'Petar Petrović', Telefon: '064 123 4567' }, { Name: 'fullName', Telefon: 'phone' }, { defaultCountry: 'RS' })
 * // { ok: true, lead: { rowNumber: 2, firstName: 'Petar', lastName: 'Petrović', phone: '+381641234567', … }, warnings: [] }
 */
export function prepareLeadRow(
  rowNumber: number,
  values: Record<string, string>,
  mapping: Record<string, ColumnTarget>,
  options: PrepareOptions,
): PrepareResult {
  const cells = collectLeadCells(values, mapping);
  const { fields } = cells;
  const errors: RowError[] = [];
  const warnings: RowError[] = [];

  const country = rowCountry(rowNumber, fields.country, options.defaultCountry, warnings);
  const read = options.normalizePhone ?? normalizePhone;
  const phones = readPhones(
    rowNumber,
    cells.phones,
    { country, read, foreign: options.foreignPhones ?? 'warn' },
    errors,
    warnings,
  );
  const email = normalizeEmail(fields.email ?? '');
  if (!email.ok) errors.push({ rowNumber, field: 'email', reason: email.error.message });
  const primary = phones[0];
  if (!primary || !email.ok) return { ok: false, errors };

  const firstName = cleanName(fields.firstName ?? '');
  const lastName = cleanName(fields.lastName ?? '');
  // The full name fills in only a first or last name that is missing.
  const names =
    (firstName && lastName) || fields.fullName === undefined ? undefined : splitFullName(fields.fullName);
  const lead: PreparedLead = {
    rowNumber,
    firstName: firstName || (names?.firstName ?? ''),
    lastName: lastName || (names?.lastName ?? ''),
    company: cleanOptional(fields.company),
    email: email.value,
    phone: primary.e164,
    phones,
    address: cleanOptional(fields.address),
    city: cleanOptional(fields.city),
    state: rowState(rowNumber, fields.state, country, warnings),
    postalCode:
      fields.postalCode === undefined
        ? null
        : readable(
            rowNumber,
            'postalCode',
            fields.postalCode,
            normalizePostalCode(fields.postalCode, country),
            warnings,
          ),
    country,
    timeZone:
      fields.timeZone === undefined
        ? null
        : readable(rowNumber, 'timeZone', fields.timeZone, explicitTimeZone(fields.timeZone), warnings),
    source: cleanOptional(fields.source),
    customFields: cells.customFields,
    ...noteOf(rowNumber, fields.note, warnings),
  };
  return { ok: true, lead, warnings };
}

// The helpers below take the row number and the lists rather than closures: they run for every
// row of a million-row import.

interface PhoneReading {
  /** The row's country: how national numbers are read, and which numbers are foreign. */
  country: string;
  read: PhoneNormalizer;
  foreign: ForeignPhonePolicy;
}

interface PhoneProblem {
  field: string;
  message: string;
  code?: RowProblemCode;
  params?: Record<string, string>;
}

function readPhones(
  rowNumber: number,
  cells: LeadCells['phones'],
  { country, read, foreign }: PhoneReading,
  errors: RowError[],
  warnings: RowError[],
): NormalizedPhone[] {
  const phones: NormalizedPhone[] = [];
  const problems: PhoneProblem[] = [];
  for (const cell of cells) {
    const result = read(cell.raw, country);
    if (!result.ok) {
      problems.push({ field: cell.field, message: result.error.message });
      continue;
    }
    const phone = result.value;
    if (isForeignPhone(phone.e164, country)) {
      const params = { phone: phone.e164, phoneCountry: phone.country, country };
      const message = `${phone.e164} is a number of ${phone.country}, not of ${country}`;
      if (foreign === 'refuse') {
        problems.push({ field: cell.field, message, code: 'PHONE_FOREIGN_REFUSED', params });
        continue;
      }
      warnings.push({ rowNumber, field: cell.field, reason: message, code: 'PHONE_FOREIGN', params });
    }
    if (!hasPhone(phones, phone.e164)) phones.push(phone);
  }
  if (phones.length === 0) {
    const only = problems.length === 1 ? problems[0] : undefined;
    const reason =
      problems.length > 0
        ? `No valid phone number: ${problems.map((p) => p.message).join('; ')}`
        : 'No phone number';
    errors.push(
      only?.code
        ? { rowNumber, field: 'phone', reason, code: only.code, ...withParams(only) }
        : { rowNumber, field: 'phone', reason },
    );
  } else {
    for (const problem of problems) {
      const reason = `${problem.message}; it was left out`;
      warnings.push(
        problem.code
          ? {
              rowNumber,
              field: problem.field,
              reason,
              code: 'PHONE_FOREIGN_LEFT_OUT',
              ...withParams(problem),
            }
          : { rowNumber, field: problem.field, reason },
      );
    }
  }
  return phones;
}

/** The longest note a lead takes (as a note typed on the lead page). */
export const maxNoteLength = 5000;

/**
 * The notes column's text with its line breaks kept, when the row has some: absent otherwise, so
 * rows without notes read as before. A longer text is cut at `maxNoteLength`, with a warning.
 */
function noteOf(rowNumber: number, cell: string | undefined, warnings: RowError[]): { note?: string } {
  const note = (cell ?? '').replace(/\r\n?/g, '\n').trim();
  if (note === '') return {};
  if (note.length <= maxNoteLength) return { note };
  warnings.push({
    rowNumber,
    field: 'note',
    reason: `The note has ${note.length} characters; the first ${maxNoteLength} were kept`,
  });
  return { note: note.slice(0, maxNoteLength) };
}

const withParams = (problem: PhoneProblem) => (problem.params ? { params: problem.params } : {});

function hasPhone(phones: NormalizedPhone[], e164: string): boolean {
  for (const phone of phones) if (phone.e164 === e164) return true;
  return false;
}

function rowCountry(
  rowNumber: number,
  raw: string | undefined,
  defaultCountry: string,
  warnings: RowError[],
): string {
  const fallback = defaultCountry.toUpperCase();
  if (raw === undefined) return fallback;
  const country = normalizeCountry(raw);
  if (country !== null) return country;
  const reason = `"${raw.trim()}" is not a known country; ${fallback} was used`;
  warnings.push({ rowNumber, field: 'country', reason });
  return fallback;
}

function rowState(
  rowNumber: number,
  raw: string | undefined,
  country: string,
  warnings: RowError[],
): string | null {
  if (raw === undefined) return null;
  if (country !== 'US') return cleanOptional(raw);
  const state = normalizeUsState(raw);
  if (state === null)
    warnings.push({ rowNumber, field: 'state', reason: `"${raw.trim()}" is not a US state` });
  return state;
}

/** The normalized cell, or null with a warning naming what could not be read. */
function readable(
  rowNumber: number,
  field: string,
  raw: string,
  value: string | null,
  warnings: RowError[],
): string | null {
  if (value === null) {
    warnings.push({ rowNumber, field, reason: `"${raw.trim()}" could not be read and was left out` });
  }
  return value;
}

/**
 * The keys under which a lead counts as already known: each of its phones and its email.
 * Two leads sharing any key are duplicates, within a file and against the client's leads.
 *
 * @example
 * findDuplicateKeys(lead) // ['phone:+12125550100', 'phone:+12125550101', 'email:ana@example.com']
 */
export function findDuplicateKeys(lead: PreparedLead): string[] {
  const keys = lead.phones.map((p) => `phone:${p.e164}`);
  if (!keys.includes(`phone:${lead.phone}`)) keys.unshift(`phone:${lead.phone}`);
  if (lead.email) keys.push(`email:${lead.email}`);
  return keys;
}
