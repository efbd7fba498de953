import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import {
  type CallingWindowPolicy,
  defaultCallingWindow,
  parseCallingWindow,
} from '../calling-hours/calling-window-policy.ts';
import { defaultRetryPolicy, type RetryPolicy } from '../leads/retry-policy.ts';
import { AppError } from '../shared/app-error.ts';
import { defaultSortKeys, type LeadFilter, type SortKey } from './campaign.ts';
import { checkOrderingRules } from './ordering-rules.ts';

export interface CreateCampaignInput {
  clientId: number;
  name: string;
  listIds: number[];
  scriptId: number | null;
  qualificationFormId: number | null;
  meetingTypeId: number | null;
  callingWindow: CallingWindowPolicy | null;
  sortKeys: SortKey[] | null;
  filters?: LeadFilter[];
  retryPolicy?: RetryPolicy;
}

export interface CreateCampaignPort {
  /** The client each of these ids belongs to, for the kind of thing named. */
  ownerClients(kind: 'list' | 'script' | 'form' | 'meetingType', ids: number[]): Promise<Map<number, number>>;
  insertCampaign(
    campaign: Omit<CreateCampaignInput, 'callingWindow' | 'sortKeys' | 'filters' | 'retryPolicy'> & {
      retryPolicy?: RetryPolicy;
      callingWindow: CallingWindowPolicy;
      sortKeys: SortKey[];
      filters: LeadFilter[];
      createdByUserId: number;
    },
    now: Temporal.Instant,
  ): Promise<number>;
}

/**
 * Creates a campaign over lists of one client, checking that every list, the script, the form
 * and the meeting type belong to that client: a campaign never mixes clients.
 */
export async function createCampaign(
  port: CreateCampaignPort,
  actor: Actor,
  input: CreateCampaignInput,
  now: Temporal.Instant,
): Promise<number> {
  requireRole(actor, ['manager', 'admin']);
  requireClientAccess(actor, input.clientId, 'Client');
  const checks: [kind: 'list' | 'script' | 'form' | 'meetingType', field: string, ids: number[]][] = [
    ['list', 'listIds', [...new Set(input.listIds)]],
    ['script', 'scriptId', input.scriptId ? [input.scriptId] : []],
    ['form', 'qualificationFormId', input.qualificationFormId ? [input.qualificationFormId] : []],
    ['meetingType', 'meetingTypeId', input.meetingTypeId ? [input.meetingTypeId] : []],
  ];
  for (const [kind, field, ids] of checks) {
    const owners = await port.ownerClients(kind, ids);
    const foreign = ids.find((id) => owners.get(id) !== input.clientId);
    if (foreign !== undefined) {
      throw new AppError('VALIDATION', {
        message: `${field}: ${foreign} is not one of this client's`,
        field,
      });
    }
  }
  const callingWindow = input.callingWindow ?? defaultCallingWindow;
  parseCallingWindow(callingWindow);
  checkOrderingRules(input.sortKeys ?? defaultSortKeys, input.filters ?? []);
  return port.insertCampaign(
    {
      clientId: input.clientId,
      name: input.name,
      listIds: [...new Set(input.listIds)],
      scriptId: input.scriptId,
      qualificationFormId: input.qualificationFormId,
      meetingTypeId: input.meetingTypeId,
      callingWindow,
      sortKeys: input.sortKeys ?? defaultSortKeys,
      filters: input.filters ?? [],
      retryPolicy: input.retryPolicy ?? defaultRetryPolicy,
      createdByUserId: actor.userId,
    },
    now,
  );
}
