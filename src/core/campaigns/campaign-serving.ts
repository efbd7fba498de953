import type { Actor } from '../access/actor.ts';
import { AppError } from '../shared/app-error.ts';
import type { Campaign } from './campaign.ts';

/**
 * Whether the campaign is this person's to work: a campaign assigned to setters is worked by
 * those setters only; one assigned to nobody by every setter of its client. Managers and admins
 * are never held back (they test and cover).
 *
 * @example
 * isCampaignOpenTo({ ...campaign, setterIds: [7] }, { ...actor, role: 'setter', userId: 8 }) // false
 */
export function isCampaignOpenTo(campaign: Pick<Campaign, 'setterIds'>, actor: Actor): boolean {
  if (actor.role !== 'setter' || campaign.setterIds.length === 0) return true;
  return campaign.setterIds.includes(actor.userId);
}

/** Throws CAMPAIGN_NOT_ASSIGNED when the campaign is assigned to other setters. */
export function requireCampaignOpenTo(campaign: Pick<Campaign, 'setterIds'>, actor: Actor): void {
  if (!isCampaignOpenTo(campaign, actor)) {
    throw new AppError('CAMPAIGN_NOT_ASSIGNED', {
      message: 'This campaign is assigned to other setters',
    });
  }
}
