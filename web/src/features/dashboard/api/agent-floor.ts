import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgentFloor } from '../../../../../src/contracts/agent-states.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { type PauseReasonDto, pauseReasonsKey } from '../../call/api/agent-state.ts';

export interface AgentSettings {
  wrapUpSeconds: number;
  idleTimeoutSeconds: number;
}

const floorKey = ['agent', 'floor'] as const;
const settingsKey = ['agent', 'settings'] as const;

export const getAgentFloor = () => apiClient.get<AgentFloor>('/agent/states');

/** Every setter's state now; refreshed every 15 s while the manager watches. */
export function useAgentFloor() {
  return useQuery({ queryKey: floorKey, queryFn: getAgentFloor, refetchInterval: 15_000 });
}

export function useAgentSettings(enabled: boolean) {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => apiClient.get<AgentSettings>('/agent/settings'),
    enabled,
  });
}

/** Saves the wrap-up limit, the idle timeout and the pause reasons together. */
export function useSaveAgentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { settings: AgentSettings; reasons: PauseReasonDto[] }) => {
      await apiClient.put('/agent/settings', input.settings);
      await apiClient.put('/agent/pause-reasons', { reasons: input.reasons });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: settingsKey });
      void queryClient.invalidateQueries({ queryKey: pauseReasonsKey });
      void queryClient.invalidateQueries({ queryKey: ['agent', 'state'] });
    },
  });
}
