import { describe, expect, it } from 'vitest';
import type { CampaignDto } from '../../../../../src/contracts/campaigns.ts';
import { settingsChanges, toSettingsDraft } from './settings-draft.ts';

const campaign = {
  name: 'Solar web leads',
  listIds: [3, 5],
  scriptId: 1,
  qualificationFormId: 2,
  meetingTypeId: 4,
} as CampaignDto;

describe('settingsChanges', () => {
  it('sends nothing when nothing changed, so the history logs nothing', () => {
    expect(settingsChanges(campaign, toSettingsDraft(campaign))).toEqual({});
  });

  it('sends only the changed fields, ids as numbers and a cleared choice as null', () => {
    const draft = { ...toSettingsDraft(campaign), scriptId: '9', qualificationFormId: null };
    expect(settingsChanges(campaign, draft)).toEqual({ scriptId: 9, qualificationFormId: null });
  });

  it('keeps the lists in their order and trims the name', () => {
    const draft = { ...toSettingsDraft(campaign), listIds: ['5', '3'], name: '  Solar web leads  ' };
    expect(settingsChanges(campaign, draft)).toEqual({ listIds: [5, 3] });
  });
});
