import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CampaignDto, CampaignWorkspace } from '../../../../../src/contracts/campaigns.ts';
import type { ClientOutcomesDto } from '../../../../../src/contracts/dispositions.ts';
import type { ObjectionDto } from '../../../../../src/contracts/objections.ts';
import type { ScriptForMeDto } from '../../../../../src/contracts/scripts.ts';
import { apiClient } from '../../../lib/api-client.ts';
import { campaignsQueryOptions, getCampaigns } from '../../campaigns/api/get-campaigns.ts';
import { readLastCampaign } from '../hooks/use-last-campaign.ts';
import { getObjections, objectionsQueryOptions } from './get-objections.ts';
import { clientOutcomesQueryOptions, getClientOutcomes } from './get-outcomes.ts';
import { getScriptForMe, scriptForMeQueryOptions } from './get-script-for-me.ts';
import { getWorkspace, workspaceQueryOptions } from './get-workspace.ts';

/** A request started before the screen mounted, and how to ask again should it have failed. */
interface EarlyRequest {
  queryKey: QueryKey;
  promise: Promise<unknown>;
  settled: { value: unknown; at: number } | null;
  retry: () => Promise<unknown>;
}

/** Null until started; `adopted` once handed to the query cache, which asks for anything later itself. */
let started: { requests: EarlyRequest[]; adopted: boolean } | null = null;

/** An answer older than this (the screen mounted much later, say after another page) is asked again. */
const freshForMs = 30_000;

// Without the session's redirect: a signed-out browser is sent to the login page by the session
// probe, as before; a failed early request is simply asked again, the usual way, once mounted.
const quietly = <T>(path: string) => apiClient.get<T>(path, { skipAuthRedirect: true });

function early(queryKey: QueryKey, promise: Promise<unknown>, retry: () => Promise<unknown>): EarlyRequest {
  const request: EarlyRequest = { queryKey, promise, settled: null, retry };
  promise.then(
    (value) => {
      request.settled = { value, at: performance.now() };
    },
    () => undefined,
  );
  return request;
}

/**
 * Starts, as the call screen's code loads and before the session is even confirmed, what its
 * first lead needs: the campaigns, then the remembered campaign's workspace and, from the
 * campaign's client and script, the outcomes, objections and the setter's script, all at once.
 */
export function startEarlyShift(): void {
  if (started !== null || typeof window === 'undefined') return;
  const campaignId = readLastCampaign();
  const campaigns = quietly<{ campaigns: CampaignDto[] }>('/campaigns').then((body) => body.campaigns);
  const shift = {
    requests: [early(campaignsQueryOptions().queryKey, campaigns, getCampaigns)],
    adopted: false,
  };
  started = shift;
  if (campaignId === null) return;
  shift.requests.push(
    early(
      workspaceQueryOptions(campaignId).queryKey,
      quietly<CampaignWorkspace>(`/campaigns/${campaignId}/workspace`),
      () => getWorkspace(campaignId),
    ),
  );
  const campaign = campaigns.then((list) => list.find((each) => each.id === campaignId) ?? null);
  campaign.then(
    (found) => {
      if (found === null || shift.adopted) return;
      const { clientId, scriptId } = found;
      shift.requests.push(
        early(
          clientOutcomesQueryOptions(clientId).queryKey,
          quietly<ClientOutcomesDto>(`/clients/${clientId}/outcomes`),
          () => getClientOutcomes(clientId),
        ),
        early(
          objectionsQueryOptions(clientId).queryKey,
          quietly<{ items: ObjectionDto[] }>(`/clients/${clientId}/objections`).then((body) => body.items),
          () => getObjections(clientId),
        ),
      );
      if (scriptId !== null)
        shift.requests.push(
          early(
            scriptForMeQueryOptions(scriptId).queryKey,
            quietly<ScriptForMeDto>(`/scripts/${scriptId}/for-me`),
            () => getScriptForMe(scriptId),
          ),
        );
    },
    () => undefined,
  );
}

/**
 * Hands the early requests to the query cache, once: an answer already in is set at once (so the
 * first render has it), one still on its way is awaited, a failed one is asked again.
 */
export function adoptEarlyShift(queryClient: QueryClient): void {
  if (started === null || started.adopted) return;
  started.adopted = true;
  const now = performance.now();
  for (const request of started.requests) {
    if (queryClient.getQueryState(request.queryKey)?.data !== undefined) continue;
    if (request.settled && now - request.settled.at > freshForMs) continue;
    if (request.settled) queryClient.setQueryData(request.queryKey, request.settled.value);
    else
      void queryClient.prefetchQuery({
        queryKey: request.queryKey,
        queryFn: () => request.promise.catch(request.retry),
      });
  }
}
