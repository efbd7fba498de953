import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

/** One appointment, past or ahead: the rep records a meeting's outcome after it. */
export function getAppointment(id: number): Promise<AppointmentDto> {
  return apiClient.get<AppointmentDto>(`/appointments/${id}`);
}

export const appointmentQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['appointments', 'one', id], queryFn: () => getAppointment(id) });

export function useAppointment(id: number) {
  return useQuery({ ...appointmentQueryOptions(id), enabled: Number.isInteger(id) && id > 0 });
}
