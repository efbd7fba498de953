import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SelfServiceView } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { selfServicePath, selfServiceQueryOptions } from './get-self-service.ts';

export type SelfServiceChange =
  | { action: 'confirm' }
  | { action: 'cancel'; reason?: string }
  | { action: 'reschedule'; startsAt: string };

/** The lead confirms, cancels or moves the appointment; the answer is the page as it now is. */
export function changeSelfService(token: string, change: SelfServiceChange): Promise<SelfServiceView> {
  const { action, ...body } = change;
  return apiClient.post<SelfServiceView>(`${selfServicePath(token)}/${action}`, body, {
    skipAuthRedirect: true,
  });
}

export function useChangeSelfService(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SelfServiceChange) => changeSelfService(token, change),
    onSuccess: (view) => {
      queryClient.setQueryData(selfServiceQueryOptions(token).queryKey, view);
      // The times on offer changed with it (the old time is free, the new one taken).
      void queryClient.invalidateQueries({ queryKey: ['self-service', token, 'slots'] });
      void queryClient.invalidateQueries({ queryKey: ['self-service', token, 'slot-days'] });
    },
  });
}
