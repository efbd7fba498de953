import type { Temporal } from 'temporal-polyfill';
import { claimNextLead } from '../../src/core/lead-queue/claim-next-lead.ts';
import { logAttempt } from '../../src/core/leads/log-attempt.ts';
import { createLeadWriter } from '../../src/db/repositories/leads.repository.ts';
import { createTimeZoneLookup } from '../../src/integrations/geo/time-zone-lookup.ts';
import { loadConfig } from '../../src/server/config/env.ts';
import { type AppDeps, createDeps } from '../../src/server/deps.ts';
import type { QueueBenchData } from './queue-data.ts';

export interface ClaimTimings {
  timings: number[];
  /** Leads served twice in the run (a lead left with "no answer" waits hours: must be 0). */
  repeats: number;
  empty: number;
}

/** A call with no answer, recorded the way POST /api/leads/:id/attempts records it. */
export function noAnswer(
  deps: AppDeps,
  setter: QueueBenchData['setters'][number],
  leadId: number,
  campaignId: number,
) {
  const { db } = deps.database;
  return logAttempt(
    {
      findLead: deps.leads.findLead,
      findForm: deps.catalog.findForm,
      campaignClientId: async (id) => (await deps.catalog.findCampaign(id))?.clientId,
      transaction: (work) =>
        db
          .transaction()
          .execute((trx) => work(createLeadWriter(trx, async () => setter.actor.organizationId))),
    },
    setter.actor,
    leadId,
    {
      campaignId,
      disposition: 'no_answer',
      reason: null,
      notes: null,
      startedAt: null,
      durationSeconds: 0,
      callbackAt: null,
      callbackFor: 'anyone',
      qualification: null,
      questionsAsked: null,
    },
    deps.clock(),
  );
}

/**
 * `claims` claims in process, each by the next setter in turn, each followed (untimed) by a
 * "no answer" so the queue moves on, after `warmup` untimed rounds. Only `claimNextLead` is timed:
 * the use case with the real repository on the real database, as the route calls it.
 */
export async function timeClaims(
  data: QueueBenchData,
  now: Temporal.Instant,
  claims: number,
  warmup: number,
): Promise<ClaimTimings> {
  const config = loadConfig({ DATABASE_URL: 'file::memory:', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' });
  const deps = createDeps(data.database, config, await createTimeZoneLookup(), () => now);
  const served = new Set<number>();
  const result: ClaimTimings = { timings: [], repeats: 0, empty: 0 };
  for (let i = 0; i < warmup + claims; i++) {
    const setter = data.setters[i % data.setters.length];
    if (!setter) throw new Error('No setters');
    const start = performance.now();
    const claimed = await claimNextLead(deps.queue, setter.actor, data.campaignId, now, {
      leaseMinutes: config.LEASE_MINUTES,
    });
    const elapsed = performance.now() - start;
    if (i >= warmup) result.timings.push(elapsed);
    if (!('claimed' in claimed)) {
      result.empty++;
      continue;
    }
    const leadId = claimed.claimed.lead.id;
    if (served.has(leadId)) result.repeats++;
    served.add(leadId);
    await noAnswer(deps, setter, leadId, data.campaignId);
  }
  return result;
}
