import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { type CallingWindowPolicy, parseCallingWindow } from '../calling-hours/calling-window-policy.ts';
import type { RetryPolicy } from '../leads/retry-policy.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { Campaign, LeadFilter, SortKey } from './campaign.ts';
import { type CampaignChange, diffCampaign } from './campaign-changes.ts';
import { checkOrderingRules } from './ordering-rules.ts';

export interface UpdateCampaignInput {
  name?: string;
  status?: 'active' | 'paused';
  listIds?: number[];
  scriptId?: number | null;
  qualificationFormId?: number | null;
  meetingTypeId?: number | null;
  callingWindow?: CallingWindowPolicy;
  sortKeys?: SortKey[];
  filters?: LeadFilter[];
  retryPolicy?: RetryPolicy;
  /** The setters it is assigned to; empty: every setter of the client. */
  setterIds?: number[];
}

/** What is stored: the changed settings, who paused (on a pause) and the log entry, together. */
export interface CampaignUpdate {
  changes: UpdateCampaignInput;
  /** Set on a pause, cleared (null) on a resume, untouched otherwise. */
  paused?: { byUserId: number; at: Temporal.Instant } | null;
  log: { actorUserId: number; changes: CampaignChange[]; at: Temporal.Instant };
}

export interface UpdateCampaignPort {
  findCampaign(id: number): Promise<Campaign | undefined>;
  ownerClients(kind: 'list' | 'script' | 'form' | 'meetingType', ids: number[]): Promise<Map<number, number>>;
  /** Of these user ids, the active setters assigned to the client. */
  clientSetterIds(clientId: number, userIds: readonly number[]): Promise<Set<number>>;
  updateCampaign(id: number, update: CampaignUpdate): Promise<void>;
}

/**
 * Changes a campaign's settings — lists, script, form, meeting type, window, ordering and retry
 * rules, assigned setters, paused or active — and logs what changed, by whom, when. The queue
 * reads them on the next claim. Everything named must be the campaign's client's (lists done
 * importing; setters assigned to the client). A save that changes nothing logs nothing.
 */
export async function updateCampaign(
  port: UpdateCampaignPort,
  actor: Actor,
  campaignId: number,
  input: UpdateCampaignInput,
  now: Temporal.Instant,
): Promise<void> {
  requireRole(actor, ['manager', 'admin']);
  const campaign = await port.findCampaign(campaignId);
  if (!campaign) throw notFound('Campaign');
  requireClientAccess(actor, campaign.clientId, 'Campaign');
  checkOrderingRules(input.sortKeys ?? campaign.sortKeys, input.filters ?? campaign.filters);
  if (input.callingWindow) parseCallingWindow(input.callingWindow);
  const changes = await checkOwnership(port, campaign.clientId, input);
  const diff = diffCampaign(campaign, changes);
  if (diff.length === 0) return;
  const statusChange = diff.find((change) => change.field === 'status');
  const paused =
    statusChange === undefined
      ? undefined
      : changes.status === 'paused'
        ? { byUserId: actor.userId, at: now }
        : null;
  await port.updateCampaign(campaignId, {
    changes,
    ...(paused !== undefined ? { paused } : {}),
    log: { actorUserId: actor.userId, changes: diff, at: now },
  });
}

const invalid = (field: string, id: number, what: string) =>
  new AppError('VALIDATION', { message: `${field}: ${id} is not ${what}`, field });

/** The input with lists and setters deduplicated, once every id named is the client's. */
async function checkOwnership(
  port: UpdateCampaignPort,
  clientId: number,
  input: UpdateCampaignInput,
): Promise<UpdateCampaignInput> {
  const checks: [kind: 'list' | 'script' | 'form' | 'meetingType', field: string, ids: number[]][] = [
    ['list', 'listIds', input.listIds ? [...new Set(input.listIds)] : []],
    ['script', 'scriptId', input.scriptId ? [input.scriptId] : []],
    ['form', 'qualificationFormId', input.qualificationFormId ? [input.qualificationFormId] : []],
    ['meetingType', 'meetingTypeId', input.meetingTypeId ? [input.meetingTypeId] : []],
  ];
  for (const [kind, field, ids] of checks) {
    if (ids.length === 0) continue;
    const owners = await port.ownerClients(kind, ids);
    const foreign = ids.find((id) => owners.get(id) !== clientId);
    if (foreign !== undefined)
      throw invalid(field, foreign, kind === 'list' ? "one of this client's ready lists" : "this client's");
  }
  let output = input.listIds ? { ...input, listIds: [...new Set(input.listIds)] } : input;
  if (input.setterIds) {
    const ids = [...new Set(input.setterIds)].sort((a, b) => a - b);
    const setters = await port.clientSetterIds(clientId, ids);
    const foreign = ids.find((id) => !setters.has(id));
    if (foreign !== undefined) throw invalid('setterIds', foreign, "a setter of this client's");
    output = { ...output, setterIds: ids };
  }
  return output;
}
