import { describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { campaignForLead } from './campaign-for-lead.ts';

const campaign = (
  id: number,
  clientId: number,
  listIds: number[],
  status: CampaignDto['status'] = 'active',
) => ({ id, clientId, listIds, status }) as CampaignDto;

const campaigns = [
  campaign(1, 1, [10], 'paused'),
  campaign(2, 1, [11]),
  campaign(3, 1, [10, 12]),
  campaign(4, 2, [20]),
  campaign(5, 3, [30], 'paused'),
];

describe('campaignForLead', () => {
  it.each([
    ['the active campaign over the lead’s list, not a paused one over it', { clientId: 1, listId: 10 }, 3],
    ['a list no campaign works: the client’s first active campaign', { clientId: 1, listId: 99 }, 2],
    ['an inbound lead without a list: the client’s first active campaign', { clientId: 1, listId: null }, 2],
    ['only paused campaigns: the client’s first', { clientId: 3, listId: 30 }, 5],
    ['never another client’s campaign', { clientId: 9, listId: 10 }, null],
  ])('%s', (_title, lead, expected) => {
    expect(campaignForLead(campaigns, lead)?.id ?? null).toBe(expected);
  });
});
