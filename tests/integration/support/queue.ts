import type { NextLeadResponse } from '../../../src/contracts/campaigns.ts';
import type { Api } from './test-api.ts';

export type QueueItem = NonNullable<NextLeadResponse['item']>;

/** POST /api/campaigns/:id/next; throws on anything but 200, so tests read the queue's answer only. */
export async function nextLead(api: Api, campaignId: number): Promise<NextLeadResponse> {
  const response = await api.post<NextLeadResponse>(`/api/campaigns/${campaignId}/next`);
  if (response.status !== 200) throw new Error(`next: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The lead the queue serves now; throws with the queue's explanation when it is empty. */
export async function servedLead(api: Api, campaignId: number): Promise<QueueItem> {
  const body = await nextLead(api, campaignId);
  if (!body.item) throw new Error(`The queue was empty: ${JSON.stringify(body.empty)}`);
  return body.item;
}

/** What POST /api/leads/:id/attempts answers. */
export interface LoggedAttempt {
  leadStatus: string;
  callbackId: number | null;
  attempt: { id: number };
}
