import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyCallback } from '../../../../../src/contracts/queue-flow.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getMyCallbacks(): Promise<MyCallback[]> {
  return (await apiClient.get<{ callbacks: MyCallback[] }>('/callbacks')).callbacks;
}

// The same key the call screen refreshes after every saved call: a new promise shows here at once.
export const myCallbacksQueryOptions = () =>
  queryOptions({ queryKey: ['callbacks'], queryFn: getMyCallbacks, refetchInterval: 60_000 });

/** The setter's own pending callbacks, soonest first, each with the lead's zone and campaign. */
export function useMyCallbacks() {
  return useQuery(myCallbacksQueryOptions());
}
