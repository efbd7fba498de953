import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SlotDaysResponse, SlotsResponse } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface SlotsFilter {
  /** Only the reps who meet this way (an in-person meeting needs a rep whose territory holds the lead). */
  locationKind?: 'phone' | 'video' | 'in_person';
  /** Only this rep's slots. */
  repId?: number;
}

/** A window of the horizon: [from, to). */
export interface SlotWindow {
  from: string;
  to: string;
}

/**
 * The open slots in a window of the meeting type's horizon. The API never cuts silently: a page
 * that stops early says `hasMore`, and the rest is read from `nextFrom` until none is left.
 */
export async function getSlots(
  leadId: number,
  meetingTypeId: number,
  filter: SlotsFilter,
  window: SlotWindow,
): Promise<SlotsResponse> {
  const read = (from: string) =>
    apiClient.get<SlotsResponse>(`/leads/${leadId}/slots`, {
      query: { meetingTypeId, ...filter, from, to: window.to },
    });
  const first = await read(window.from);
  let last = first;
  const slots = [...first.slots];
  while (last.hasMore && last.nextFrom !== null && last.nextFrom < window.to) {
    last = await read(last.nextFrom);
    slots.push(...last.slots);
  }
  return { ...last, slots };
}

export const slotsQueryOptions = (
  leadId: number,
  meetingTypeId: number,
  filter: SlotsFilter,
  window: SlotWindow,
) =>
  queryOptions({
    queryKey: ['slots', leadId, meetingTypeId, filter, window],
    queryFn: () => getSlots(leadId, meetingTypeId, filter, window),
    staleTime: 0,
  });

export function useSlots(
  leadId: number,
  meetingTypeId: number,
  filter: SlotsFilter,
  window: SlotWindow | null,
) {
  return useQuery({
    ...slotsQueryOptions(leadId, meetingTypeId, filter, window ?? { from: '', to: '' }),
    enabled: window !== null,
  });
}

/** Every date of the horizon on the lead's clock with how many slots it holds: the day navigator. */
export function getSlotDays(leadId: number, meetingTypeId: number, filter: SlotsFilter) {
  return apiClient.get<SlotDaysResponse>(`/leads/${leadId}/slot-days`, {
    query: { meetingTypeId, ...filter },
  });
}

export function useSlotDays(leadId: number, meetingTypeId: number, filter: SlotsFilter) {
  return useQuery({
    queryKey: ['slot-days', leadId, meetingTypeId, filter],
    queryFn: () => getSlotDays(leadId, meetingTypeId, filter),
    staleTime: 0,
    // Another rep or location kind keeps the navigator on screen while its days load.
    placeholderData: keepPreviousData,
  });
}
