import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxMessageDto } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

export async function getOutbox(clientId: number | null): Promise<OutboxMessageDto[]> {
  return (await apiClient.get<{ messages: OutboxMessageDto[] }>('/outbox', { query: { clientId } })).messages;
}

export const outboxQueryOptions = (clientId: number | null) =>
  queryOptions({
    queryKey: ['outbox', clientId],
    queryFn: () => getOutbox(clientId),
    // Mail goes out from a worker a moment after the change: keep the page current while it is open.
    refetchInterval: 10_000,
  });

/** Invites, cancellations and reminders, queued and sent. */
export function useOutbox(clientId: number | null) {
  return useQuery(outboxQueryOptions(clientId));
}
