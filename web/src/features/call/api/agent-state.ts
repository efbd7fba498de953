import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AgentStateDto,
  AgentToday,
  ChangeAgentStateRequest,
} from '../../../../../src/contracts/agent-states.ts';
import { apiClient } from '../../../lib/api-client.ts';

type StopAfter = AgentStateDto['stopAfter'];
export interface PauseReasonDto {
  key: string;
  label: string | null;
  active: boolean;
}

export const agentStateKey = ['agent', 'state'] as const;
export const agentTodayKey = ['agent', 'today'] as const;
export const pauseReasonsKey = ['agent', 'pause-reasons'] as const;

export const getAgentState = () => apiClient.get<AgentStateDto>('/agent/state');
export const sendHeartbeat = (campaignId: number | null) =>
  apiClient.post<AgentStateDto>('/agent/heartbeat', { campaignId });
export const changeAgentState = (body: ChangeAgentStateRequest) =>
  apiClient.post<AgentStateDto>('/agent/state', body);
export const setStopAfter = (stopAfter: StopAfter) =>
  apiClient.post<AgentStateDto>('/agent/stop-after', { stopAfter });
export const getAgentToday = () => apiClient.get<AgentToday>('/agent/today');
export const getPauseReasons = () => apiClient.get<{ reasons: PauseReasonDto[] }>('/agent/pause-reasons');

export const agentStateQueryOptions = () =>
  queryOptions({ queryKey: agentStateKey, queryFn: getAgentState, staleTime: 5_000 });

/** The setter's state as the server keeps it; the heartbeat keeps it fresh. */
export function useAgentState() {
  return useQuery(agentStateQueryOptions());
}

/** Today's numbers: refreshed with every state change and each half minute. */
export function useAgentToday() {
  return useQuery({ queryKey: agentTodayKey, queryFn: getAgentToday, refetchInterval: 30_000 });
}

export function usePauseReasons() {
  return useQuery({ queryKey: pauseReasonsKey, queryFn: getPauseReasons, staleTime: 5 * 60_000 });
}

/** A state change (Ready, a pause, logging out, "stop after this lead"): the answer is the new state. */
export function useAgentStateChange() {
  const queryClient = useQueryClient();
  const settle = (state: AgentStateDto) => {
    queryClient.setQueryData(agentStateKey, state);
    void queryClient.invalidateQueries({ queryKey: agentTodayKey });
  };
  return {
    change: useMutation({ mutationFn: changeAgentState, onSuccess: settle }),
    stopAfter: useMutation({ mutationFn: setStopAfter, onSuccess: settle }),
  };
}
