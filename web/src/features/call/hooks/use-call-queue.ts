import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { NextLeadResponse } from '../../../../../src/contracts/campaigns.ts';
import type { SkipReason } from '../../../../../src/contracts/queue-flow.ts';
import { readDraft, writeDraft } from '../../../lib/session-draft.ts';
import { useNextLead } from '../api/next-lead.ts';
import { useReleaseLead } from '../api/release-lead.ts';
import { useSkipLead } from '../api/skip-lead.ts';
import { afterCallSaved, cancelScheduledNext, refreshAgentState } from './agent-wrap-up.ts';
import { clearCallDraft } from './call-draft.ts';

type QueueItem = NonNullable<NextLeadResponse['item']>;
type EmptyQueue = NonNullable<NextLeadResponse['empty']>;

interface QueueState {
  campaignId: number | null;
  item: QueueItem | null;
  empty: EmptyQueue | null;
}

const storageKey = 'setterdesk.call.current';
const nothing: QueueState = { campaignId: null, item: null, empty: null };

/**
 * The lead the setter holds for a campaign. It is kept in sessionStorage, so a reload shows the
 * same leased lead (and its draft) instead of asking the queue for another one.
 */
export function useCallQueue(campaignId: number | null) {
  const [state, setState] = useState<QueueState>(() => readDraft(storageKey, nothing));
  // The lead found in storage on load was leased before the reload: its lease is renewed at once.
  const [restoredLeadId] = useState(() => state.item?.lead.id ?? null);
  const queryClient = useQueryClient();
  const nextLead = useNextLead();
  const release = useReleaseLead();
  const skipLead = useSkipLead();
  const save = (next: QueueState) => {
    writeDraft(storageKey, next);
    setState(next);
  };
  const current = state.campaignId === campaignId ? state : nothing;

  const next = () => {
    if (campaignId === null || nextLead.isPending) return;
    cancelScheduledNext();
    nextLead.mutate(campaignId, {
      onSuccess: (response) => {
        save({ campaignId, item: response.item, empty: response.empty });
        refreshAgentState(queryClient);
      },
      // A refusal (paused, stopped) also tells the state bar to look again.
      onError: () => refreshAgentState(queryClient),
    });
  };
  /** After an outcome is saved: forget the lead and its draft, and serve the next one at once. */
  const complete = (leadId: number, wrapUp = true) => {
    clearCallDraft(leadId);
    save({ campaignId, item: null, empty: null });
    // The agent state decides: at once, after the wrap-up limit, or nothing ("stop after this lead").
    afterCallSaved(queryClient, next, wrapUp);
  };
  /** Skip: give the lead back untouched (it stays away from this setter a while) and take the next one. */
  const skip = (reason: SkipReason | null = null) => {
    const leadId = current.item?.lead.id;
    if (leadId === undefined || campaignId === null || skipLead.isPending) return;
    const body = { campaignId, ...(reason ? { reason } : {}) };
    skipLead.mutate({ leadId, body }, { onSuccess: () => complete(leadId, false) });
  };
  /** Switching campaigns returns the held lead to its queue. */
  const leave = () => {
    const leadId = current.item?.lead.id;
    if (leadId !== undefined) release.mutate(leadId);
    save(nothing);
  };

  return {
    item: current.item,
    empty: current.empty,
    restored: current.item !== null && current.item.lead.id === restoredLeadId,
    next,
    complete,
    skip,
    leave,
    loading: nextLead.isPending,
    skipping: skipLead.isPending,
    error: nextLead.error ?? release.error ?? skipLead.error,
  };
}
