import { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import {
  closedLeadStatuses,
  contactDispositions,
  type Disposition,
  type Lead,
  type LeadStatus,
} from './lead.ts';
import { nextLeadStatus, requireDispositionReason } from './lead-status.ts';
import type { LeadWriter, QualificationInput } from './lead-writer.ts';
import { defaultRetryPolicy, nextRetryAt, type RetryPolicy } from './retry-policy.ts';
import { scoreAnswers } from './score-answers.ts';

export interface LogAttemptInput {
  campaignId: number | null;
  disposition: Exclude<Disposition, 'appointment_set'>;
  reason: string | null;
  notes: string | null;
  startedAt: Temporal.Instant | null;
  durationSeconds: number;
  callbackAt: Temporal.Instant | null;
  callbackFor: 'me' | 'anyone';
  qualification: QualificationInput | null;
  questionsAsked: string | null;
}

export interface LogAttemptPort {
  findLead(id: number): Promise<Lead | undefined>;
  findForm(id: number): Promise<StoredQualificationForm | undefined>;
  campaignClientId(campaignId: number): Promise<number | undefined>;
  /** The campaign's retry policy (gaps, rotation); the defaults when absent. */
  campaignRetryPolicy?(campaignId: number): Promise<RetryPolicy | undefined>;
  transaction<T>(work: (writer: LeadWriter) => Promise<T>): Promise<T>;
}

export interface LoggedAttempt {
  attemptId: number;
  leadStatus: LeadStatus;
  callbackId: number | null;
}

/**
 * Records one call and everything that follows from its disposition — the lead's new status,
 * its retry time, a callback, a do-not-call entry, the qualification answers and the event log —
 * in one transaction, so a disposition is never half-stored.
 *
 * No disposition is lost: a call that happened is recorded even when the setter's lease lapsed
 * and another setter holds the lead now (their lease is left alone). A lead that is closed or on
 * a do-not-call list takes new calls only from the setter who holds it, and a do-not-call request
 * is always recorded.
 */
export async function logAttempt(
  port: LogAttemptPort,
  actor: Actor,
  leadId: number,
  input: LogAttemptInput,
  now: Temporal.Instant,
): Promise<LoggedAttempt> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const lead = await port.findLead(leadId);
  if (!lead) throw notFound('Lead');
  requireClientAccess(actor, lead.clientId, 'Lead');
  await requireCampaignOfLead(port, input.campaignId, lead);
  requireOpenOrHeld(lead, actor, input.disposition);
  const startedAt = requireRecentStart(input.startedAt, now);
  requireDispositionReason(input.disposition, input.reason);
  const callbackAt = input.disposition === 'call_back' ? requireFutureCallback(input.callbackAt, now) : null;
  const status = nextLeadStatus(lead.status, input.disposition);
  const policy =
    (input.campaignId !== null ? await port.campaignRetryPolicy?.(input.campaignId) : undefined) ??
    defaultRetryPolicy;
  const qualification = input.qualification
    ? scoreAnswers(
        lead,
        await port.findForm(input.qualification.formId),
        input.qualification,
        input.questionsAsked,
      )
    : null;

  return port.transaction(async (writer) => {
    const attemptId = await writer.insertAttempt({
      clientId: lead.clientId,
      leadId,
      campaignId: input.campaignId,
      setterId: actor.userId,
      phone: lead.phone,
      startedAt,
      durationSeconds: input.durationSeconds,
      disposition: input.disposition,
      reason: input.reason,
      notes: input.notes,
      contact: contactDispositions.includes(input.disposition),
      now,
    });
    await writer.closePendingCallbacks(leadId, now);
    const callbackId = callbackAt
      ? await writer.insertCallback({
          clientId: lead.clientId,
          leadId,
          campaignId: input.campaignId,
          ownerUserId: input.callbackFor === 'me' ? actor.userId : null,
          dueAt: callbackAt,
          note: input.notes,
          createdByUserId: actor.userId,
          now,
        })
      : null;
    if (qualification)
      await writer.insertQualification({ ...qualification, setterId: actor.userId, attemptId, now });
    if (input.disposition === 'do_not_call') {
      await writer.insertDnc({
        clientId: lead.clientId,
        phones: lead.phones.map((p) => p.e164),
        source: 'disposition',
        userId: actor.userId,
        now,
      });
    }
    await writer.updateLeadAfterAttempt(leadId, {
      status,
      nextCallAt: nextRetryAt(policy, input.disposition, now, callbackAt, lead.timeZone),
      lastAttemptAt: startedAt,
      actorUserId: actor.userId,
      now,
    });
    await writer.insertEvent({
      clientId: lead.clientId,
      leadId,
      actorUserId: actor.userId,
      type: 'attempt',
      fromStatus: lead.status,
      toStatus: status,
      reason: input.reason,
      data: { attemptId, disposition: input.disposition, callbackId },
      now,
    });
    return { attemptId, leadStatus: status, callbackId };
  });
}

/** A call or booking names a campaign of the lead's own client, or none; another client's is refused. */
export async function requireCampaignOfLead(
  port: Pick<LogAttemptPort, 'campaignClientId'>,
  campaignId: number | null,
  lead: Lead,
): Promise<void> {
  if (campaignId !== null && (await port.campaignClientId(campaignId)) !== lead.clientId) {
    throw new AppError('VALIDATION', {
      message: 'The campaign does not belong to the lead’s client',
      field: 'campaignId',
    });
  }
}

/** Throws LEAD_NOT_LEASED when another setter holds an unexpired lease on the lead. */
export function requireNotHeldByOther(lead: Lead, actor: Actor, now: Temporal.Instant): void {
  const heldByOther =
    lead.leaseUserId !== null &&
    lead.leaseUserId !== actor.userId &&
    lead.leaseExpiresAt !== null &&
    Temporal.Instant.compare(lead.leaseExpiresAt, now) > 0;
  if (heldByOther) {
    throw new AppError('LEAD_NOT_LEASED', { message: 'Another setter is working this lead right now' });
  }
}

/**
 * Closed and do-not-call leads take no new calls, except from the setter who holds the lead (the
 * call was served before it closed) and except a do-not-call request, which is always honoured.
 */
function requireOpenOrHeld(lead: Lead, actor: Actor, disposition: Disposition): void {
  if (disposition === 'do_not_call' || lead.leaseUserId === actor.userId) return;
  if (lead.status === 'dnc' || closedLeadStatuses.includes(lead.status)) {
    throw new AppError('NOT_CALLABLE', {
      message: `This lead is closed (${lead.status}): it takes no new calls`,
      field: 'disposition',
    });
  }
}

/** A call is logged when it ends: it started within the last day, not in the future. */
function requireRecentStart(startedAt: Temporal.Instant | null, now: Temporal.Instant): Temporal.Instant {
  if (!startedAt) return now;
  const tooOld = Temporal.Instant.compare(startedAt, now.subtract({ hours: 24 })) < 0;
  const inFuture = Temporal.Instant.compare(startedAt, now.add({ minutes: 1 })) > 0;
  if (tooOld || inFuture) {
    throw new AppError('VALIDATION', {
      message: 'startedAt must lie within the last 24 hours',
      field: 'startedAt',
    });
  }
  return startedAt;
}

function requireFutureCallback(callbackAt: Temporal.Instant | null, now: Temporal.Instant): Temporal.Instant {
  if (!callbackAt) {
    throw new AppError('VALIDATION', { message: 'Choose when to call back', field: 'callbackAt' });
  }
  if (Temporal.Instant.compare(callbackAt, now) <= 0) {
    throw new AppError('VALIDATION', {
      message: 'The callback time is in the past: choose a later time',
      field: 'callbackAt',
    });
  }
  return callbackAt;
}
