import { normalizeHeader, slugifyHeader } from './header-text.ts';

export const leadFields = [
  'firstName',
  'lastName',
  'fullName',
  'company',
  'email',
  'phone',
  'phone2',
  'address',
  'city',
  'state',
  'postalCode',
  'country',
  'timeZone',
  'source',
  /** A note on the lead (its timeline), not a field. */
  'note',
  'ignore',
] as const;
export type LeadField = (typeof leadFields)[number];

/** Where one column of an import goes: a lead field, or a custom field under a slug key. */
export type ColumnTarget = LeadField | `custom:${string}`;

/** Whether a column goes to a custom field rather than a lead field. */
export function isCustomTarget(target: ColumnTarget): target is `custom:${string}` {
  return target.startsWith('custom:');
}

type NamedField = Exclude<LeadField, 'phone' | 'phone2' | 'ignore'>;

/**
 * Header names (after `normalizeHeader`) in English, Serbian and the spellings of common CRM
 * exports (HubSpot, Salesforce, Close, Pipedrive). Phone columns are recognised by word instead,
 * see `isPhoneHeader`.
 */
const synonyms: Record<NamedField, readonly string[]> = {
  firstName: ['first name', 'firstname', 'first', 'given name', 'fname', 'forename', 'ime'],
  lastName: ['last name', 'lastname', 'last', 'surname', 'family name', 'lname', 'prezime'],
  fullName: [
    'name',
    'full name',
    'fullname',
    'contact name',
    'contact',
    'person',
    'display name',
    'ime i prezime',
    'ime prezime',
    'puno ime',
    'kontakt',
    'kontakt osoba',
    'osoba',
  ],
  company: [
    'company',
    'company name',
    'company account',
    'organization',
    'organisation',
    'organization name',
    'account',
    'account name',
    'business name',
    // Close calls the company the lead and the person the contact.
    'lead name',
    'firm',
    'firma',
    'naziv',
    'naziv firme',
    'kompanija',
    'preduzece',
    'naziv preduzeca',
    'organizacija',
  ],
  email: [
    'email',
    'e mail',
    'email address',
    'e mail address',
    'mail',
    'e posta',
    'elektronska posta',
    'imejl',
    'mejl',
    'email adresa',
    'e mail adresa',
  ],
  address: [
    'address',
    'street',
    'street address',
    'address line 1',
    'address 1',
    'street 1',
    'adresa',
    'ulica',
    'ulica i broj',
  ],
  city: ['city', 'town', 'locality', 'grad', 'mesto', 'mjesto', 'naselje', 'opstina'],
  state: ['state', 'state region', 'region', 'province', 'state province', 'state or province', 'state code'],
  postalCode: [
    'zip',
    'zip code',
    'zipcode',
    'zip postal code',
    'postal code',
    'postcode',
    'post code',
    'postal',
    'postanski broj',
    'postanski',
    'ptt',
    'ptt broj',
  ],
  country: ['country', 'country region', 'country name', 'country code', 'drzava', 'zemlja'],
  timeZone: ['time zone', 'timezone', 'tz', 'vremenska zona', 'zona'],
  source: ['source', 'lead source', 'original source', 'source name', 'izvor', 'kanal', 'utm source'],
  // A CRM's notes column is a note on the lead's timeline, not a field (one column: the first).
  note: ['notes', 'note', 'comments', 'comment', 'napomena', 'napomene', 'beleska', 'beleske', 'komentar'],
};

const fieldByHeader = new Map<string, NamedField>(
  (Object.entries(synonyms) as [NamedField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

/** Words CRM exports put before a field name: 'Mailing Street', 'Contact Email', 'Billing Zip'. */
const qualifiers = new Set([
  'contact',
  'lead',
  'primary',
  'mailing',
  'billing',
  'shipping',
  'main',
  'personal',
]);

const phoneWords =
  /^(phone|phones|telephone|tel|mobile|cell|cellular|gsm|mob|telefon\w*|mobiln\w*|fiksn\w*)$/;
/** Columns about a phone that do not hold one: 'Phone Type', 'Phone Opt Out', 'Fax'. */
const notPhoneWords =
  /^(fax|faks|ext|extension|type|tip|opt|out|status|verified|carrier|dnc|valid|country|code)$/;

function isPhoneHeader(words: string[]): boolean {
  return words.some((w) => phoneWords.test(w)) && !words.some((w) => notPhoneWords.test(w));
}

function namedFieldOf(normalized: string): NamedField | undefined {
  const exact = fieldByHeader.get(normalized);
  if (exact) return exact;
  // One qualifier is dropped first; more only if that finds nothing, for Close's stacked
  // 'primary_contact_primary_email'.
  let words = normalized.split(' ');
  do {
    if (words[0] !== undefined && qualifiers.has(words[0])) words = words.slice(1);
    const field = fieldOfWords(words);
    if (field) return field;
  } while (words[0] !== undefined && qualifiers.has(words[0]));
  return undefined;
}

function fieldOfWords(words: string[]): NamedField | undefined {
  // 'Address 1', 'Email 2' and Close's plurals 'contact_emails', 'addresses' name the same field.
  const withoutNumber = words.filter((w, i) => i === 0 || !/^\d+$/.test(w));
  for (const candidate of [words.join(' '), withoutNumber.join(' ')]) {
    const field =
      fieldByHeader.get(candidate) ??
      fieldByHeader.get(candidate.replace(/s$/, '')) ??
      fieldByHeader.get(candidate.replace(/es$/, ''));
    if (field) return field;
  }
  return undefined;
}

/**
 * Custom-field keys for columns that CRM exports name differently: a CRM's own pipeline status
 * is kept as information about the lead, never taken as the lead's status here.
 */
const customSlugByHeader = new Map([
  ['status', 'lead_status'],
  ['lead status', 'lead_status'],
  ['status label', 'lead_status'],
  ['lead status label', 'lead_status'],
]);

/** A custom-field key compared without case, separators or accents: 'Roof Type' ~ 'roofType' ~ 'roof_type'. */
export function customKeyFingerprint(key: string): string {
  return normalizeHeader(key).replaceAll(' ', '');
}

/**
 * The client's existing custom-field key a column's header names, compared without case,
 * separators or accents; undefined when none does. The first key wins when several compare equal.
 *
 * @example
 * matchExistingCustomKey('Roof Type', ['roofType', 'homeowner']) // 'roofType'
 * matchExistingCustomKey('Roof Age', ['roofType']) // undefined
 */
export function matchExistingCustomKey(header: string, existingKeys: readonly string[]): string | undefined {
  const wanted = customKeyFingerprint(header);
  if (wanted === '') return undefined;
  return existingKeys.find((key) => customKeyFingerprint(key) === wanted);
}

/**
 * Suggests where each column of a file goes, from its header name alone. Matching ignores case,
 * accents, punctuation and script (Serbian Cyrillic equals Latin). Each lead field takes the first
 * column that names it; the first phone column becomes `phone` and every further one `phone2`
 * (a lead keeps all its phones, `phone` first); the first notes column becomes the lead's `note`.
 * Everything else is kept as a custom field under
 * the header's slug — or under the client's existing key that the header names
 * (`existingCustomKeys`: 'Roof Type' joins the leads' `roofType`); a CRM's status column under
 * `lead_status`.
 *
 * @example
 * suggestColumnMapping(['Ime', 'Prezime', 'Telefon', 'Mobilni', 'Napomena'])
 * // { Ime: 'firstName', Prezime: 'lastName', Telefon: 'phone', Mobilni: 'phone2', Napomena: 'note' }
 */
export function suggestColumnMapping(
  headers: string[],
  existingCustomKeys: readonly string[] = [],
): Record<string, ColumnTarget> {
  // Keys are raw header names: a null prototype keeps a column named '__proto__' a plain key.
  const mapping: Record<string, ColumnTarget> = Object.create(null);
  const taken = new Set<LeadField>();
  const slugs = new Set<string>();
  for (const header of headers) {
    const normalized = normalizeHeader(header);
    const named = namedFieldOf(normalized);
    const phone = named ? undefined : isPhoneHeader(normalized.split(' '));
    const field: LeadField | undefined =
      named ?? (phone ? (taken.has('phone') ? 'phone2' : 'phone') : undefined);
    if (field && (field === 'phone2' || !taken.has(field))) {
      taken.add(field);
      mapping[header] = field;
      continue;
    }
    const existing = matchExistingCustomKey(header, existingCustomKeys);
    if (existing !== undefined && !slugs.has(existing)) {
      slugs.add(existing);
      mapping[header] = `custom:${existing}`;
      continue;
    }
    const slug = customSlugByHeader.get(normalized) ?? slugifyHeader(header);
    mapping[header] = `custom:${uniqueSlug(slug, slugs)}`;
  }
  return mapping;
}

function uniqueSlug(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}_${n}`;
  used.add(candidate);
  return candidate;
}
