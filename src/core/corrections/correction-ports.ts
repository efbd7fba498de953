import type { Temporal } from 'temporal-polyfill';
import type { Appointment, AppointmentOutcome } from '../appointments/appointment-state.ts';
import type { AppointmentStatus } from '../appointments/rep.ts';
import type { CallDetailsPort } from '../leads/call-details.ts';
import type { Disposition, Lead, LeadStatus } from '../leads/lead.ts';
import type { LeadWriter } from '../leads/lead-writer.ts';
import type { RetryPolicy } from '../leads/retry-policy.ts';
import type { LeadHistory, LeadState } from './lead-state.ts';

/** What a call said, with the labels a person reads in the audit. */
export interface CallSnapshot {
  disposition: Disposition;
  callResult: string | null;
  outcomeId: number | null;
  outcomeLabel: string | null;
  reasonId: number | null;
  reasonLabel: string | null;
  reasonText: string | null;
  /** The single-level reason (the free text, or the reason's label and text). */
  reason: string | null;
  notes: string | null;
}

/** A stored call with what the correction rules and the audit need. */
export interface StoredCall extends CallSnapshot {
  id: number;
  clientId: number;
  leadId: number;
  campaignId: number | null;
  setterId: number;
  startedAt: Temporal.Instant;
  createdAt: Temporal.Instant;
  undone: boolean;
}

export const correctionSubjects = ['attempt', 'appointment', 'dnc'] as const;
export type CorrectionSubject = (typeof correctionSubjects)[number];
export const correctionActions = ['undo', 'edit', 'status', 'outcome', 'lift'] as const;
export type CorrectionAction = (typeof correctionActions)[number];

export interface NewCorrection {
  clientId: number;
  leadId: number;
  actorUserId: number;
  subject: CorrectionSubject;
  subjectId: number | null;
  action: CorrectionAction;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  fromStatus: LeadStatus;
  toStatus: LeadStatus;
  now: Temporal.Instant;
}

/** The appointment's corrected status and outcome (an outcome only on a held meeting). */
export interface AppointmentCorrectionChange {
  status: AppointmentStatus;
  statusReason: string | null;
  outcome: AppointmentOutcome | null;
  now: Temporal.Instant;
}

/** The writes of a correction, inside one transaction. */
export interface CorrectionWriter extends Pick<LeadWriter, 'insertCallback' | 'insertDnc' | 'insertEvent'> {
  /** The lead locked against concurrent calls and corrections until the transaction ends. */
  lockLead(leadId: number): Promise<Lead | undefined>;
  findCall(attemptId: number): Promise<StoredCall | undefined>;
  lockAppointment(appointmentId: number): Promise<Appointment | undefined>;
  appointmentOutcome(appointmentId: number): Promise<AppointmentOutcome | null>;
  /** The calls (with the callbacks they created), appointments and do-not-call state of the lead. */
  history(lead: Lead): Promise<LeadHistory>;
  retryPolicy(campaignId: number | null): Promise<RetryPolicy>;
  markUndone(attemptId: number, userId: number, now: Temporal.Instant): Promise<void>;
  updateCall(attemptId: number, call: CallSnapshot & { contact: boolean }): Promise<void>;
  updateAppointment(appointmentId: number, change: AppointmentCorrectionChange): Promise<void>;
  /**
   * Writes the recomputed state: the lead's status, counts and next call time; the live callback
   * pending again, every other callback of the lead's calls and no-shows that is pending cancelled.
   */
  applyLeadState(
    lead: Lead,
    state: LeadState,
    linkedCallbackIds: readonly number[],
    now: Temporal.Instant,
  ): Promise<void>;
  /** Gives the lead back to the setter, unless another setter holds a live lease on it. */
  lease(leadId: number, userId: number, until: Temporal.Instant, now: Temporal.Instant): Promise<boolean>;
  /** Removes the client's do-not-call entries of these numbers; returns what was removed. */
  deleteClientDnc(
    organizationId: number,
    clientId: number,
    phones: readonly string[],
  ): Promise<{ phone: string; source: string; createdAt: Temporal.Instant }[]>;
  insertCorrection(correction: NewCorrection): Promise<number>;
}

export interface CorrectionPort {
  /** The client's outcomes and reasons, as a logged call is checked against them. */
  details: CallDetailsPort;
  leaseMinutes: number;
  transaction<T>(work: (writer: CorrectionWriter) => Promise<T>): Promise<T>;
}

/** A stored correction, as the timeline and the API show it. */
export interface CorrectionRecord {
  id: number;
  leadId: number;
  actorName: string;
  subject: CorrectionSubject;
  subjectId: number | null;
  action: CorrectionAction;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  fromStatus: string | null;
  toStatus: string | null;
  createdAt: Temporal.Instant;
}
