import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from './api-client.ts';

/**
 * What to tell the user about a failed call, in their language. Switches on the error code; the
 * server's own message is shown only as detail where it names the row, column or field.
 */
export function describeError(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unexpected');
  switch (error.code) {
    case 'NETWORK':
      return t('errors.network');
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'CSRF':
      return t('errors.csrf');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'SLOT_TAKEN':
      return t('errors.slotTaken');
    case 'LEAD_NOT_LEASED':
      return t('errors.leadNotLeased');
    case 'NOT_CALLABLE':
      return t('errors.notCallable');
    case 'CAMPAIGN_NOT_ASSIGNED':
      return t('errors.campaignNotAssigned');
    case 'CALLBACK_OUTSIDE_WINDOW':
      return t('errors.callbackOutsideWindow');
    case 'PAYLOAD_TOO_LARGE':
      return t('errors.payloadTooLarge');
    case 'AGENT_PAUSED':
      return t('errors.agentPaused');
    case 'AGENT_STOPPED':
      return t('errors.agentStopped');
    case 'AGENT_LOGGED_OUT':
      return t('errors.agentLoggedOut');
    case 'VALIDATION':
    case 'IMPORT_INVALID':
    case 'CONFLICT':
      return t('errors.invalid', { detail: error.message });
    default:
      return t('errors.unexpected');
  }
}

export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => describeError(t, error);
}
