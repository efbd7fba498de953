import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { describeError } from '../../../lib/error-message.ts';

const correctionCodes = new Set([
  'UNDO_WINDOW_PASSED',
  'NOT_YOUR_CALL',
  'EDIT_WINDOW_PASSED',
  'CORRECTION_REASON_REQUIRED',
  'CALL_NOT_UNDOABLE',
]);

/** A failed correction in the user's language: the corrections' own codes, else the usual text. */
export function correctionError(t: TFunction, error: unknown): string {
  if (isApiError(error) && correctionCodes.has(error.code)) return t(`corrections.errors.${error.code}`);
  return describeError(t, error);
}
