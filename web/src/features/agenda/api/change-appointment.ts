import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppointmentDto } from '../../../../../src/contracts/appointments.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { appointmentQueryOptions } from './get-appointment.ts';

export interface StatusChange {
  status: 'confirmed' | 'held' | 'no_show' | 'cancelled';
  /** Required for cancelled. */
  reason?: string;
}

export interface OutcomeChange {
  outcome: 'won' | 'lost';
  /** Sale amount in minor units (cents), for won. */
  amountMinor?: number;
  currency: string;
  /** Required for lost. */
  reason?: string;
}

export function changeAppointmentStatus(id: number, change: StatusChange): Promise<AppointmentDto> {
  return apiClient.post<AppointmentDto>(`/appointments/${id}/status`, change);
}

export function recordAppointmentOutcome(id: number, change: OutcomeChange): Promise<AppointmentDto> {
  return apiClient.post<AppointmentDto>(`/appointments/${id}/outcome`, change);
}

/** The answer is the appointment as it now is; the agenda around it is read again. */
function stored(queryClient: QueryClient, appointment: AppointmentDto): void {
  queryClient.setQueryData(appointmentQueryOptions(appointment.id).queryKey, appointment);
  void queryClient.invalidateQueries({
    queryKey: ['appointments'],
    predicate: (query) => query.queryKey[1] !== 'one',
  });
}

export function useChangeAppointmentStatus(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: StatusChange) => changeAppointmentStatus(id, change),
    onSuccess: (appointment) => stored(queryClient, appointment),
  });
}

export function useRecordOutcome(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: OutcomeChange) => recordAppointmentOutcome(id, change),
    onSuccess: (appointment) => stored(queryClient, appointment),
  });
}
