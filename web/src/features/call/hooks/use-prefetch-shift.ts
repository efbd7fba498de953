import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { adoptEarlyShift } from '../api/early-shift.ts';
import { objectionsQueryOptions } from '../api/get-objections.ts';
import { clientOutcomesQueryOptions } from '../api/get-outcomes.ts';
import { scriptForMeQueryOptions } from '../api/get-script-for-me.ts';
import { workspaceQueryOptions } from '../api/get-workspace.ts';

/** Hands what the screen's code started early to the query cache: called before any query of it. */
export function useEarlyShift(): void {
  const queryClient = useQueryClient();
  useState(() => adoptEarlyShift(queryClient));
}

/**
 * Reads a campaign's shift data all at once as soon as the campaign is known: its workspace,
 * and, from the campaign's client and script, the outcomes, objections and the setter's script,
 * none of them waiting for the workspace.
 */
export function usePrefetchShift(campaign: CampaignDto | undefined): void {
  const queryClient = useQueryClient();
  const campaignId = campaign?.id ?? null;
  const clientId = campaign?.clientId ?? null;
  const scriptId = campaign?.scriptId ?? null;
  useEffect(() => {
    if (campaignId === null || clientId === null) return;
    void queryClient.prefetchQuery(workspaceQueryOptions(campaignId));
    void queryClient.prefetchQuery(clientOutcomesQueryOptions(clientId));
    void queryClient.prefetchQuery(objectionsQueryOptions(clientId));
    if (scriptId !== null) void queryClient.prefetchQuery(scriptForMeQueryOptions(scriptId));
  }, [queryClient, campaignId, clientId, scriptId]);
}
