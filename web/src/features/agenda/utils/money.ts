import { currencyDigits } from '../../../lib/format.ts';

/** Currencies offered first for a sale; any ISO 4217 code the browser knows is accepted. */
export const commonCurrencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'RSD'] as const;

/**
 * A sale amount as typed, in the currency's minor units (cents), as the API stores it; rounding
 * to the currency's own decimals (JPY has none). null when it is not a non-negative amount.
 *
 * @example
 * toMinorUnits(1250.5, 'USD') // 125050
 */
export function toMinorUnits(amount: number | string, currency: string): number | null {
  const value = typeof amount === 'number' ? amount : Number.parseFloat(amount);
  if (!Number.isFinite(value) || value < 0) return null;
  return Math.round(value * 10 ** currencyDigits(currency));
}
