import type { CampaignDto, UpdateCampaignRequest } from '../../../../../src/contracts/campaigns.ts';

/** The campaign's building blocks as the form holds them: ids as select values, null for none. */
export interface SettingsDraft {
  name: string;
  listIds: string[];
  scriptId: string | null;
  qualificationFormId: string | null;
  meetingTypeId: string | null;
}

const idValue = (id: number | null) => (id === null ? null : String(id));
const idOf = (value: string | null) => (value === null ? null : Number(value));

export function toSettingsDraft(campaign: CampaignDto): SettingsDraft {
  return {
    name: campaign.name,
    listIds: campaign.listIds.map(String),
    scriptId: idValue(campaign.scriptId),
    qualificationFormId: idValue(campaign.qualificationFormId),
    meetingTypeId: idValue(campaign.meetingTypeId),
  };
}

/**
 * Only what the manager changed, ready to PATCH: an untouched field is not sent, so the
 * campaign's history names exactly what changed.
 *
 * @example
 * settingsChanges({ ...campaign, scriptId: 1 }, { ...toSettingsDraft(campaign), scriptId: '2' })
 * // { scriptId: 2 }
 */
export function settingsChanges(campaign: CampaignDto, draft: SettingsDraft): UpdateCampaignRequest {
  const changes: UpdateCampaignRequest = {};
  const name = draft.name.trim();
  if (name !== campaign.name) changes.name = name;
  const listIds = draft.listIds.map(Number);
  if (listIds.join(',') !== campaign.listIds.join(',')) changes.listIds = listIds;
  if (idOf(draft.scriptId) !== campaign.scriptId) changes.scriptId = idOf(draft.scriptId);
  if (idOf(draft.qualificationFormId) !== campaign.qualificationFormId)
    changes.qualificationFormId = idOf(draft.qualificationFormId);
  if (idOf(draft.meetingTypeId) !== campaign.meetingTypeId) changes.meetingTypeId = idOf(draft.meetingTypeId);
  return changes;
}
