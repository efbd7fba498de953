import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import { notFound } from '../shared/app-error.ts';
import type { QueueSettings } from './queue-settings.ts';

export interface SaveQueueSettingsPort {
  findCampaign(id: number): Promise<Campaign | undefined>;
  saveQueueSettings(campaignId: number, settings: QueueSettings): Promise<void>;
}

/**
 * A manager changes how long a skip lasts and when an overdue personal callback passes to anyone;
 * settings left out keep their value. The next claim reads them.
 */
export async function saveQueueSettings(
  port: SaveQueueSettingsPort,
  actor: Actor,
  campaignId: number,
  changes: Partial<QueueSettings>,
): Promise<QueueSettings> {
  requireRole(actor, ['manager', 'admin']);
  const campaign = await port.findCampaign(campaignId);
  if (!campaign) throw notFound('Campaign');
  requireClientAccess(actor, campaign.clientId, 'Campaign');
  const settings: QueueSettings = {
    skipMinutes: changes.skipMinutes ?? campaign.queueSettings.skipMinutes,
    callbackHandoverMinutes:
      changes.callbackHandoverMinutes ?? campaign.queueSettings.callbackHandoverMinutes,
  };
  await port.saveQueueSettings(campaignId, settings);
  return settings;
}
