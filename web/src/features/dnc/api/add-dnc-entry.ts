import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addDncEntryResultSchema, addDncEntrySchema } from '../../../../../src/contracts/dnc.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** clientId absent: organization-wide (admins only). */
export type AddDncEntryInput = z.input<typeof addDncEntrySchema>;
/** leadsFlagged: leads in scope that now carry the do-not-call status. */
export type AddDncEntryResult = z.infer<typeof addDncEntryResultSchema>;

/** One number put on do-not-call by hand, e.g. after a request by phone or mail. */
export function addDncEntry(input: AddDncEntryInput): Promise<AddDncEntryResult> {
  return apiClient.post<AddDncEntryResult>('/dnc', input);
}

export function useAddDncEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addDncEntry,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dnc-lists'] }),
  });
}
