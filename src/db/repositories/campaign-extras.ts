import type { Kysely } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { Campaign } from '../../core/campaigns/campaign.ts';
import type { Database } from '../schema.ts';

export interface CampaignExtras {
  setterIds: number[];
  paused: Campaign['paused'];
}

/** Each campaign's assigned setters and who paused it, read for many campaigns in two statements. */
export async function loadCampaignExtras(
  db: Kysely<Database>,
  rows: readonly { id: number; status: string; paused_by_user_id: number | null; paused_at: number | null }[],
): Promise<Map<number, CampaignExtras>> {
  const extras = new Map<number, CampaignExtras>(
    rows.map((row) => [row.id, { setterIds: [], paused: null }]),
  );
  if (rows.length === 0) return extras;
  const pauserIds = [
    ...new Set(rows.flatMap((r) => (r.paused_by_user_id === null ? [] : [r.paused_by_user_id]))),
  ];
  const [setters, pausers] = await Promise.all([
    db
      .selectFrom('campaign_setters')
      .select(['campaign_id', 'user_id'])
      .where(
        'campaign_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('user_id')
      .execute(),
    pauserIds.length === 0
      ? Promise.resolve([])
      : db.selectFrom('users').select(['id', 'name']).where('id', 'in', pauserIds).execute(),
  ]);
  for (const link of setters) extras.get(link.campaign_id)?.setterIds.push(link.user_id);
  const names = new Map(pausers.map((u) => [u.id, u.name]));
  for (const row of rows) {
    const entry = extras.get(row.id);
    if (!entry || row.status !== 'paused') continue;
    entry.paused = {
      byUserId: row.paused_by_user_id,
      byName: row.paused_by_user_id === null ? '' : (names.get(row.paused_by_user_id) ?? ''),
      at: Temporal.Instant.fromEpochMilliseconds(row.paused_at ?? 0),
    };
  }
  return extras;
}
