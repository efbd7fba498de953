import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { type CallingWindowPolicy, parseCallingWindow } from '../calling-hours/calling-window-policy.ts';
import type { RetryPolicy } from '../leads/retry-policy.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { Campaign, LeadFilter, SortKey } from './campaign.ts';
import { checkOrderingRules } from './ordering-rules.ts';

export interface UpdateCampaignInput {
  name?: string;
  status?: 'active' | 'paused';
  listIds?: number[];
  callingWindow?: CallingWindowPolicy;
  sortKeys?: SortKey[];
  filters?: LeadFilter[];
  retryPolicy?: RetryPolicy;
}

export interface UpdateCampaignPort {
  findCampaign(id: number): Promise<Campaign | undefined>;
  ownerClients(kind: 'list', ids: number[]): Promise<Map<number, number>>;
  updateCampaign(id: number, changes: UpdateCampaignInput): Promise<void>;
}

/**
 * Changes a campaign's settings — its ordering rules above all. The queue reads them on the
 * next claim; lists must be the campaign's client's, done importing.
 */
export async function updateCampaign(
  port: UpdateCampaignPort,
  actor: Actor,
  campaignId: number,
  input: UpdateCampaignInput,
): Promise<void> {
  requireRole(actor, ['manager', 'admin']);
  const campaign = await port.findCampaign(campaignId);
  if (!campaign) throw notFound('Campaign');
  requireClientAccess(actor, campaign.clientId, 'Campaign');
  checkOrderingRules(input.sortKeys ?? campaign.sortKeys, input.filters ?? campaign.filters);
  if (input.callingWindow) parseCallingWindow(input.callingWindow);
  if (input.listIds) {
    const ids = [...new Set(input.listIds)];
    const owners = await port.ownerClients('list', ids);
    const foreign = ids.find((id) => owners.get(id) !== campaign.clientId);
    if (foreign !== undefined) {
      throw new AppError('VALIDATION', {
        message: `listIds: ${foreign} is not one of this client's ready lists`,
        field: 'listIds',
      });
    }
    input = { ...input, listIds: ids };
  }
  await port.updateCampaign(campaignId, input);
}
