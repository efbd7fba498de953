import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client.ts';

export interface UpcomingCallback {
  id: number;
  leadId: number;
  leadName: string;
  dueAt: string;
  campaignId: number | null;
}

export async function getCallbacks(): Promise<UpcomingCallback[]> {
  return (await apiClient.get<{ callbacks: UpcomingCallback[] }>('/callbacks')).callbacks;
}

export const callbacksQueryOptions = () =>
  queryOptions({ queryKey: ['callbacks'], queryFn: getCallbacks, refetchInterval: 60_000 });

/** The setter's own promised calls, so none is forgotten. */
export function useCallbacks() {
  return useQuery(callbacksQueryOptions());
}
