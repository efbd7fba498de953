import { normalizeUsState } from '../lead-intake/us-state.ts';

/** What a lead says about where it is. */
export interface LeadPlaceFields {
  state: string | null;
  postalCode: string | null;
  country: string | null;
  /** E.164 */
  phone: string | null;
}

/** Data the state is looked up in (adapters over data packages). */
export interface LeadStateLookups {
  stateByPostalCode(country: string, postalCode: string): string | null;
  stateByPhone(e164: string): string | null;
}

export const leadStateSources = ['field', 'postal_code', 'phone'] as const;
export type LeadStateSource = (typeof leadStateSources)[number];

export interface LeadState {
  /** USPS code of a state, DC or territory. */
  state: string | null;
  source: LeadStateSource | null;
}

/**
 * The US state whose calling rules a lead falls under: its state field, else the state of its
 * postal code, else the state of its phone's area code (several state laws presume a call to one
 * of their area codes reaches a resident). A field that names no US state or territory, such as
 * 'Ontario', is passed over.
 *
 * @example
 * leadState({ state: null, postalCode: '33101', country: 'US', phone: '+12125550100' }, lookups)
 * // { state: 'FL', source: 'postal_code' }
 */
export function leadState(lead: LeadPlaceFields, lookups: LeadStateLookups): LeadState {
  const fromField = usState(lead.state);
  if (fromField !== null) return { state: fromField, source: 'field' };
  const postalCode = lead.postalCode?.trim();
  // A missing country is read as the US: only US postal codes name a state here.
  const country = lead.country?.trim() || 'US';
  const fromPostal = postalCode ? usState(lookups.stateByPostalCode(country, postalCode)) : null;
  if (fromPostal !== null) return { state: fromPostal, source: 'postal_code' };
  const phone = lead.phone?.trim();
  const fromPhone = phone ? usState(lookups.stateByPhone(phone)) : null;
  if (fromPhone !== null) return { state: fromPhone, source: 'phone' };
  return { state: null, source: null };
}

/** A name or code as a USPS code, or null (military mail regions name no state). */
function usState(text: string | null): string | null {
  const state = text?.trim() ? normalizeUsState(text) : null;
  return state === 'AA' || state === 'AE' || state === 'AP' ? null : state;
}
