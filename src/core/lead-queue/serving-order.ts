import type { Temporal } from 'temporal-polyfill';
import { type CallingDecision, callingWindowFor } from '../calling-hours/calling-window.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import type { Client } from '../clients/client.ts';
import type { Lead } from '../leads/lead.ts';
import type { DueCallback, LeadQueuePort, ServeReason, ZoneSet } from './lead-queue-port.ts';
import { type DialPermit, timeZoneCandidatesFor } from './permit-to-dial.ts';
import { type PermitLookups, permitsFor } from './permits-for.ts';

/** A lead in the serving order, with its permit as decided now. */
export interface ServingEntry {
  lead: Lead;
  permit: DialPermit;
  callback: DueCallback | null;
}

/** One step of the serving order: leads of one kind, in the order they are served. */
export interface ServingStep {
  reason: ServeReason;
  /** The lead the setter still holds: served first, before anything due. */
  held?: true;
  entries: ServingEntry[];
}

export interface ServingContext {
  campaign: Campaign;
  client: Client;
  /** Whose order it is: their held lead, their own callbacks first; -1 for no one (a preview). */
  userId: number;
  now: Temporal.Instant;
  /** How many callbacks and hot leads to read, and the ordered queue's page size and pages. */
  batch: number;
  pageSize: number;
  maxPages: number;
  /** The zone sets whose window is open now, in storage's form (see `callableZoneKeys`). */
  callableKeys: readonly string[];
  /** Where do-not-call numbers and call counts are read (the same for the whole order). */
  lookups: PermitLookups;
}

/** The calling window of a zone set now, in the campaign's window and the client's zone. */
export function zoneSetCalling(
  set: ZoneSet,
  client: Client,
  campaign: Campaign,
  now: Temporal.Instant,
): CallingDecision {
  return callingWindowFor(
    timeZoneCandidatesFor(set.candidates, client.timeZone),
    campaign.callingWindow,
    now,
  );
}

/**
 * The order the queue serves a campaign's leads in, for the claim and for the manager's preview
 * alike (one order, so the preview's first N are what the next N claims get): the lead the user
 * still holds, callbacks due now (the user's own first), fresh hot leads, then the campaign's
 * order over the zone sets whose window is open, page by page. Each step comes with every
 * lead's permit; the consumer takes what it needs and stops.
 */
export async function* servingOrder(
  port: LeadQueuePort,
  context: ServingContext,
): AsyncGenerator<ServingStep> {
  const { campaign, client, userId, now } = context;
  const permitsOf = async (leads: Lead[], ignoreRetryGap: boolean) =>
    permitsFor(
      context.lookups,
      {
        client,
        callingWindow: campaign.callingWindow,
        retryPolicy: campaign.retryPolicy,
        userId,
        now,
        ignoreRetryGap,
      },
      leads,
    );
  const entriesOf = async (leads: Lead[], ignoreRetryGap: boolean, callbacks?: (DueCallback | null)[]) => {
    const permits = await permitsOf(leads, ignoreRetryGap);
    return leads.map((lead, i) => ({
      lead,
      permit: permits[i] as DialPermit,
      callback: callbacks?.[i] ?? null,
    }));
  };

  if (userId > 0) {
    // A reload must not lose the lead in the setter's hands: it is theirs before anything due.
    const held = await port.findHeldLead(campaign, userId, now);
    if (held) yield { reason: 'queue', held: true, entries: await entriesOf([held], true) };
  }

  const callbacks = await port.dueCallbacks(campaign, userId, now, context.batch);
  if (callbacks.length > 0) {
    const byId = new Map((await port.findLeads(callbacks.map((c) => c.leadId))).map((l) => [l.id, l]));
    const found = callbacks.flatMap((c) => {
      const lead = byId.get(c.leadId);
      return lead ? [{ lead, callback: c }] : [];
    });
    yield {
      reason: 'callback_due',
      entries: await entriesOf(
        found.map((f) => f.lead),
        true,
        found.map((f) => f.callback),
      ),
    };
  }

  const hot = await port.hotLeads(campaign, now, context.batch);
  if (hot.length > 0) yield { reason: 'hot_lead', entries: await entriesOf(hot, false) };

  const { pageSize } = context;
  for (let page = 0; context.callableKeys.length > 0 && page < context.maxPages; page++) {
    const candidates = await port.queueCandidates(
      campaign,
      now,
      pageSize,
      page * pageSize,
      context.callableKeys,
    );
    yield { reason: 'queue', entries: await entriesOf(candidates, false) };
    if (candidates.length < pageSize) return;
  }
}
