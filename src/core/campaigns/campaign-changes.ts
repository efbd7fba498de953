import type { Temporal } from 'temporal-polyfill';
import { type LoggedCampaignField, loggedCampaignFields } from '../../contracts/campaign-admin.ts';
import type { Campaign } from './campaign.ts';

/** One setting changed: its value before and after (as stored, ids for lists, scripts, setters). */
export interface CampaignChange {
  field: LoggedCampaignField;
  before: unknown;
  after: unknown;
}

/** A logged change set: who changed what, when. */
export interface CampaignChangeEntry {
  id: number;
  campaignId: number;
  actorUserId: number | null;
  actorName: string | null;
  changes: CampaignChange[];
  createdAt: Temporal.Instant;
}

/**
 * The settings a change really alters, before and after; settings given but equal are left out,
 * so an unchanged save logs nothing. Sets (setters) compare regardless of order; lists keep theirs.
 *
 * @example
 * diffCampaign({ ...campaign, scriptId: 1 }, { scriptId: 2, name: campaign.name })
 * // [{ field: 'scriptId', before: 1, after: 2 }]
 */
export function diffCampaign(
  before: Pick<Campaign, LoggedCampaignField>,
  changes: Partial<Pick<Campaign, LoggedCampaignField>>,
): CampaignChange[] {
  const diff: CampaignChange[] = [];
  for (const field of loggedCampaignFields) {
    const after = changes[field];
    if (after === undefined) continue;
    const old = before[field];
    if (same(field, old, after)) continue;
    diff.push({ field, before: old, after });
  }
  return diff;
}

function same(field: LoggedCampaignField, a: unknown, b: unknown): boolean {
  if (field === 'setterIds' && Array.isArray(a) && Array.isArray(b))
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so { a, b } equals { b, a }. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)),
        )
      : v,
  );
}
