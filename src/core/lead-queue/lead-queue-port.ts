import type { Temporal } from 'temporal-polyfill';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';
import type { Campaign } from '../campaigns/campaign.ts';
import type { Client } from '../clients/client.ts';
import type { Lead } from '../leads/lead.ts';
import type { PermitLookups } from './permits-for.ts';
import type { SkipMemory } from './skip-memory.ts';

export interface DueCallback {
  id: number;
  leadId: number;
  ownerUserId: number | null;
  dueAt: Temporal.Instant;
  note: string | null;
}

/** What the queue needs from storage; every method is scoped to the campaign's lists. */
export interface LeadQueuePort extends PermitLookups {
  findCampaign(campaignId: number): Promise<Campaign | undefined>;
  findClient(clientId: number): Promise<Client | undefined>;
  /** A lead this user still holds in the campaign (a reload must not lose it). */
  findHeldLead(campaign: Campaign, userId: number, now: Temporal.Instant): Promise<Lead | undefined>;
  dueCallbacks(
    campaign: Campaign,
    userId: number,
    now: Temporal.Instant,
    limit: number,
  ): Promise<DueCallback[]>;
  hotLeads(campaign: Campaign, now: Temporal.Instant, limit: number): Promise<Lead[]>;
  /**
   * The distinct time-zone sets of the campaign's open, due and unleased leads, with how many
   * leads share each: the calling window is decided once per set, not once per lead.
   */
  zoneSets(campaign: Campaign, now: Temporal.Instant, options?: { counts?: boolean }): Promise<ZoneSet[]>;
  /** Open leads past their retry gap whose zone set is one of `zoneKeys`, in the campaign's order. */
  queueCandidates(
    campaign: Campaign,
    now: Temporal.Instant,
    limit: number,
    offset: number,
    zoneKeys: readonly string[],
  ): Promise<Lead[]>;
  findLeads(ids: number[]): Promise<Lead[]>;
  /** Gives back a lease this user holds (a lead that turned out not to be callable after all). */
  releaseLease(leadId: number, userId: number): Promise<void>;
  /**
   * Atomically leases the lead unless someone else holds an unexpired lease — and only while it
   * is still open and due (or already this user's, or with a callback due now): a lead another
   * setter dispositioned a moment ago is not served again.
   */
  tryLease(leadId: number, userId: number, now: Temporal.Instant, until: Temporal.Instant): Promise<boolean>;
  /**
   * Leases the first of the leads (in order) still free, open and due, in one step: the lead as
   * stored now, or null.
   */
  leaseFirst(
    leadIds: readonly number[],
    userId: number,
    now: Temporal.Instant,
    until: Temporal.Instant,
  ): Promise<Lead | null>;
  countOpenLeads(
    campaign: Campaign,
    now: Temporal.Instant,
  ): Promise<{ open: number; waitingForRetry: number }>;
  /** The user's skips still holding back open leads of the campaign (the lease honours them). */
  skipsOf(campaign: Campaign, userId: number, now: Temporal.Instant): Promise<SkipMemory[]>;
}

export interface ZoneSet {
  /** The set as stored, used to select its leads. */
  key: string;
  candidates: TimeZoneCandidate[];
  leads: number;
}

export type ServeReason = 'callback_due' | 'hot_lead' | 'queue';
