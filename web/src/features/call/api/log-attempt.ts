import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LogAttemptRequest, logAttemptResponseSchema } from '../../../../../src/contracts/leads.ts';
import { apiClient } from '../../../lib/api-client.ts';

export type LogAttemptResponse = z.infer<typeof logAttemptResponseSchema>;

export function logAttempt(leadId: number, body: LogAttemptRequest): Promise<LogAttemptResponse> {
  return apiClient.post<LogAttemptResponse>(`/leads/${leadId}/attempts`, body);
}

export const logAttemptMutationKey = ['log-attempt'] as const;

export function useLogAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    // The call screen's undo bar finds the last saved call by this key.
    mutationKey: logAttemptMutationKey,
    mutationFn: ({ leadId, body }: { leadId: number; body: LogAttemptRequest }) => logAttempt(leadId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['callbacks'] });
    },
  });
}
