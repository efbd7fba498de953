import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SelfServiceView, SlotDaysResponse } from '../../../../../src/contracts/appointments.ts';
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

/** A window of the slots the lead may move to, by the setter's rules (GET …/slots). */
export interface SelfServiceSlots {
  timeZone: string;
  slots: { startsAt: string; endsAt: string }[];
  hasMore: boolean;
  nextFrom: string | null;
  horizonEnd: string;
}

/** Every slot in [from, to): pages are read on until the API says none is left in the window. */
export async function getSelfServiceSlots(
  token: string,
  window: { from: string; to: string },
): Promise<SelfServiceSlots> {
  const read = (from: string) =>
    apiClient.get<SelfServiceSlots>(`${base(token)}/slots`, {
      query: { from, to: window.to },
      skipAuthRedirect: true,
    });
  let last = await read(window.from);
  const slots = [...last.slots];
  while (last.hasMore && last.nextFrom !== null && last.nextFrom < window.to) {
    last = await read(last.nextFrom);
    slots.push(...last.slots);
  }
  return { ...last, slots };
}

export function useSelfServiceSlots(token: string, window: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['self-service', token, 'slots', window],
    queryFn: () => getSelfServiceSlots(token, window ?? { from: '', to: '' }),
    enabled: window !== null,
    staleTime: 0,
    retry: false,
  });
}

/** The horizon's dates in `timeZone` with how many times each offers: the day navigator. */
export function useSelfServiceSlotDays(token: string, timeZone: string) {
  return useQuery({
    queryKey: ['self-service', token, 'slot-days', timeZone],
    queryFn: () =>
      apiClient.get<SlotDaysResponse>(`${base(token)}/slot-days`, {
        query: { timeZone },
        skipAuthRedirect: true,
      }),
    staleTime: 0,
    retry: false,
  });
}

/** The current appointment as an .ics file, for Apple Calendar and desktop Outlook. */
export const selfServiceCalendarUrl = (token: string): string => `/api${base(token)}/calendar.ics`;
