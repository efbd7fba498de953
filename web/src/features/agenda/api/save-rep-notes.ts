import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { appointmentQueryOptions } from './get-appointment.ts';

/** Replaces the rep's own notes on the meeting; an empty text clears them. */
export function saveRepNotes(id: number, text: string): Promise<AppointmentDto> {
  return apiClient.put<AppointmentDto>(`/appointments/${id}/rep-notes`, { text });
}

export function useSaveRepNotes(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => saveRepNotes(id, text),
    onSuccess: (appointment) =>
      queryClient.setQueryData(appointmentQueryOptions(appointment.id).queryKey, appointment),
  });
}
