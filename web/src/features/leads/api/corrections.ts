import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CorrectAppointmentRequest,
  CorrectCallRequest,
  CorrectionDto,
  CorrectionResult,
  LiftDncRequest,
  UndoCallResponse,
} from '../../../../../src/contracts/corrections.ts';
import { apiClient } from '../../../lib/api-client.ts';

export function undoCall(attemptId: number): Promise<UndoCallResponse> {
  return apiClient.post<UndoCallResponse>(`/attempts/${attemptId}/undo`, {});
}

export function correctCall(attemptId: number, body: CorrectCallRequest): Promise<CorrectionResult> {
  return apiClient.patch<CorrectionResult>(`/attempts/${attemptId}`, body);
}

export function correctAppointment(id: number, body: CorrectAppointmentRequest): Promise<CorrectionResult> {
  return apiClient.post<CorrectionResult>(`/appointments/${id}/correction`, body);
}

export function liftDnc(leadId: number, body: LiftDncRequest): Promise<CorrectionResult> {
  return apiClient.post<CorrectionResult>(`/leads/${leadId}/dnc/lift`, body);
}

export async function getCorrections(leadId: number): Promise<CorrectionDto[]> {
  return (await apiClient.get<{ items: CorrectionDto[] }>(`/leads/${leadId}/corrections`)).items;
}

export const correctionsQueryOptions = (leadId: number) =>
  queryOptions({ queryKey: ['lead', leadId, 'corrections'], queryFn: () => getCorrections(leadId) });

export function useCorrections(leadId: number) {
  return useQuery(correctionsQueryOptions(leadId));
}

/** A correction changes the lead, its timeline, callbacks and the agenda: all are read again. */
function corrected(queryClient: QueryClient, leadId: number | null): void {
  if (leadId !== null) void queryClient.invalidateQueries({ queryKey: ['lead', leadId] });
  void queryClient.invalidateQueries({ queryKey: ['callbacks'] });
  void queryClient.invalidateQueries({ queryKey: ['appointments'] });
}

export function useUndoCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attemptId: number) => undoCall(attemptId),
    onSuccess: (result) => corrected(queryClient, result.leadId),
  });
}

export function useCorrectCall(leadId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attemptId, body }: { attemptId: number; body: CorrectCallRequest }) =>
      correctCall(attemptId, body),
    onSuccess: () => corrected(queryClient, leadId),
  });
}

export function useCorrectAppointment(appointmentId: number, leadId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectAppointmentRequest) => correctAppointment(appointmentId, body),
    onSuccess: () => corrected(queryClient, leadId),
  });
}

export function useLiftDnc(leadId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LiftDncRequest) => liftDnc(leadId, body),
    onSuccess: () => corrected(queryClient, leadId),
  });
}
