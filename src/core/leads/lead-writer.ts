import type { Temporal } from 'temporal-polyfill';
import type { AttemptObjection } from '../objections/objection.ts';
import type { Answers } from '../qualification/qualification-form.ts';
import type { AttemptDetails } from './call-details.ts';
import type { Disposition, LeadStatus } from './lead.ts';

export interface QualificationInput {
  formId: number;
  answers: Answers;
  interest: 'cold' | 'warm' | 'hot' | null;
}

export interface ScoredQualification {
  clientId: number;
  leadId: number;
  formId: number;
  answers: Answers;
  score: number;
  qualified: boolean;
  interest: 'cold' | 'warm' | 'hot' | null;
  questionsAsked: string | null;
}

export interface NewAttempt {
  clientId: number;
  leadId: number;
  campaignId: number | null;
  setterId: number;
  phone: string;
  startedAt: Temporal.Instant;
  durationSeconds: number;
  disposition: Disposition;
  reason: string | null;
  notes: string | null;
  contact: boolean;
  /** Who called whom: the setter the prospect, or the prospect us. */
  direction?: 'outbound' | 'inbound';
  /** The marketing source the caller named; the lead keeps the first one it names. */
  marketingSourceId?: number | null;
  /** The call result, outcome, reason and script; none for a call logged with a disposition alone. */
  details?: AttemptDetails;
  now: Temporal.Instant;
}

export interface NewLeadEvent {
  clientId: number;
  leadId: number;
  actorUserId: number | null;
  type: string;
  fromStatus: LeadStatus | null;
  toStatus: LeadStatus | null;
  reason: string | null;
  data: Record<string, unknown>;
  now: Temporal.Instant;
}

/** The writes that follow a disposition, all inside one transaction. */
export interface LeadWriter {
  insertAttempt(attempt: NewAttempt): Promise<number>;
  /** The objections that came up in the attempt and the responses used. */
  insertAttemptObjections(entry: {
    clientId: number;
    leadId: number;
    attemptId: number;
    objections: readonly AttemptObjection[];
    now: Temporal.Instant;
  }): Promise<void>;
  closePendingCallbacks(leadId: number, now: Temporal.Instant): Promise<void>;
  insertCallback(callback: {
    clientId: number;
    leadId: number;
    campaignId: number | null;
    ownerUserId: number | null;
    dueAt: Temporal.Instant;
    note: string | null;
    createdByUserId: number;
    now: Temporal.Instant;
  }): Promise<number>;
  insertQualification(
    qualification: ScoredQualification & {
      setterId: number;
      attemptId: number | null;
      now: Temporal.Instant;
    },
  ): Promise<void>;
  insertDnc(entry: {
    clientId: number;
    phones: string[];
    source: string;
    userId: number;
    now: Temporal.Instant;
  }): Promise<void>;
  /**
   * Applies the outcome to the lead and releases the lease if the actor holds it or it expired;
   * another setter's live lease is left alone, unless `releaseAnyLease` (a do-not-call request
   * ends every setter's work on the lead at once).
   */
  updateLeadAfterAttempt(
    leadId: number,
    change: {
      status: LeadStatus;
      nextCallAt: Temporal.Instant;
      lastAttemptAt: Temporal.Instant;
      actorUserId: number;
      releaseAnyLease?: boolean;
      now: Temporal.Instant;
    },
  ): Promise<void>;
  insertEvent(event: NewLeadEvent): Promise<void>;
}
