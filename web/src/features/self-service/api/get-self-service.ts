import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

const base = (token: string) => `/self-service/${encodeURIComponent(token)}`;
export const selfServicePath = base;

/** The appointment behind the lead's private link; no login, the link is the authority. */
export function getSelfService(token: string): Promise<SelfServiceView> {
  return apiClient.get<SelfServiceView>(base(token), { skipAuthRedirect: true });
}

export const selfServiceQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['self-service', token],
    queryFn: () => getSelfService(token),
    // An unknown or expired link answers 404: an answer to show, not a glitch to retry.
    retry: false,
  });

export function useSelfService(token: string) {
  return useQuery(selfServiceQueryOptions(token));
}

/** The slots the lead may move to, by the setter's rules, in the lead's zone (GET …/slots). */
export interface SelfServiceSlots {
  timeZone: string;
  slots: { startsAt: string; endsAt: string }[];
}

export function getSelfServiceSlots(token: string): Promise<SelfServiceSlots> {
  return apiClient.get<SelfServiceSlots>(`${base(token)}/slots`, {
    query: { limit: 60 },
    skipAuthRedirect: true,
  });
}

export const selfServiceSlotsQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['self-service', token, 'slots'],
    queryFn: () => getSelfServiceSlots(token),
    staleTime: 0,
    retry: false,
  });

export function useSelfServiceSlots(token: string, enabled: boolean) {
  return useQuery({ ...selfServiceSlotsQueryOptions(token), enabled });
}
