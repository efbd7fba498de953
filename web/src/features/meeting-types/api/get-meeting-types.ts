import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeetingTypeDetailDto } from '../../../../../src/contracts/reps.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getMeetingTypes(clientId: number): Promise<MeetingTypeDetailDto[]> {
  return (
    await apiClient.get<{ meetingTypes: MeetingTypeDetailDto[] }>('/meeting-types', { query: { clientId } })
  ).meetingTypes;
}

export const meetingTypesQueryOptions = (clientId: number) =>
  queryOptions({ queryKey: ['meeting-types', clientId], queryFn: () => getMeetingTypes(clientId) });

/** A client's meeting types, active or not, with the reps who take them. */
export function useMeetingTypes(clientId: number | null) {
  return useQuery({ ...meetingTypesQueryOptions(clientId ?? 0), enabled: clientId !== null });
}
