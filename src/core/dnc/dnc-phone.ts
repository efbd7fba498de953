import { normalizePhone } from '../lead-intake/phone.ts';
import { AppError } from '../shared/app-error.ts';
import { dncPhoneCountry } from './dnc-scope.ts';
import type { DncStore } from './dnc-store.ts';

/**
 * A number typed by hand, in E.164, read in the country of the scope (the client's, or the one
 * all the organization's clients share); VALIDATION on the `phone` field when it is not a number.
 */
export async function requireDncPhone(
  store: Pick<DncStore, 'clientCountries'>,
  organizationId: number,
  clientId: number | null,
  raw: string,
): Promise<string> {
  const country = dncPhoneCountry(await store.clientCountries(organizationId, clientId));
  const result = normalizePhone(raw, country);
  if (!result.ok) throw new AppError('VALIDATION', { message: result.error.message, field: 'phone' });
  return result.value.e164;
}
