import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';

export interface AppointmentRange {
  from?: string;
  to?: string;
}

export async function getAppointments(range: AppointmentRange): Promise<AppointmentDto[]> {
  const { appointments } = await apiClient.get<{ appointments: AppointmentDto[] }>('/appointments', {
    query: { from: range.from, to: range.to },
  });
  return appointments;
}

export const appointmentsQueryOptions = (range: AppointmentRange) =>
  queryOptions({ queryKey: ['appointments', range], queryFn: () => getAppointments(range) });

/** A rep gets their own appointments; a manager those of their clients. */
export function useAppointments(range: AppointmentRange) {
  return useQuery(appointmentsQueryOptions(range));
}
