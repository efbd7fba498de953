import type { QueryClient } from '@tanstack/react-query';
import type { AgentStateDto } from '../../../../../src/contracts/agent-states.ts';
import { agentStateKey, agentTodayKey } from '../api/agent-state.ts';

let pending: number | undefined;

/** The server changed the state (a lead served, a call saved): read it and today's numbers again. */
export function refreshAgentState(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: agentStateKey });
  void queryClient.invalidateQueries({ queryKey: agentTodayKey });
}

/** The next lead asked for by hand (N) replaces a wrap-up's scheduled one. */
export function cancelScheduledNext(): void {
  if (pending !== undefined) window.clearTimeout(pending);
  pending = undefined;
}

/**
 * After a call is saved: the server has started the wrap-up. With "stop after this lead" (or a
 * pause asked for on the call) pending nothing more is served; with a wrap-up limit the next lead
 * comes when it ends (the server ends it by itself too, so a lost timer loses nothing); without
 * one (or after a skip, which has no wrap-up) it comes at once.
 */
export function afterCallSaved(queryClient: QueryClient, next: () => void, wrapUp = true): void {
  const known = queryClient.getQueryData<AgentStateDto>(agentStateKey);
  cancelScheduledNext();
  const seconds = wrapUp ? (known?.wrapUpSeconds ?? 0) : 0;
  // The next lead first: the state is read again once it is on screen (refreshAgentState).
  if (!known?.stopAfter && seconds <= 0) {
    next();
    return;
  }
  refreshAgentState(queryClient);
  if (known?.stopAfter) return;
  pending = window.setTimeout(() => {
    pending = undefined;
    next();
  }, seconds * 1000);
}
