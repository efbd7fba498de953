import { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { type CallbackRules, requireCallbackPermitted } from '../callbacks/callback-permit.ts';
import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import type { CallDisposition } from '../dispositions/disposition-for-call.ts';
import type { TwoLevelCall } from '../dispositions/resolve-call.ts';
import { requireCampaignHoldsLead } from '../lead-queue/campaign-of-lead.ts';
import {
  type MarketingSourcesPort,
  requireNamedSource,
} from '../marketing-sources/manage-marketing-sources.ts';
import type { AttemptObjection } from '../objections/objection.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { requireFutureCallback, requireOpenOrHeld, requireRecentStart } from './attempt-guards.ts';
import type { AttemptRecord } from './attempt-record.ts';
import {
  type CallDetailsPort,
  requireCallObjections,
  requireScriptUse,
  type ScriptUseInput,
} from './call-details.ts';
import { resolveLoggedDisposition } from './call-disposition.ts';
import { contactDispositions, type Lead, type LeadStatus } from './lead.ts';
import { nextLeadStatus } from './lead-status.ts';
import type { LeadWriter, QualificationInput } from './lead-writer.ts';
import { defaultRetryPolicy, nextRetryAt, type RetryPolicy } from './retry-policy.ts';
import { scoreAnswers } from './score-answers.ts';

export interface LogAttemptInput {
  campaignId: number | null;
  /** The single-level disposition, as before two-level dispositions; or `call`, never both. */
  disposition?: CallDisposition | null;
  /** The call result and, when a person was reached, the client's outcome and reason. */
  call?: TwoLevelCall | null;
  reason: string | null;
  notes: string | null;
  startedAt: Temporal.Instant | null;
  durationSeconds: number;
  callbackAt: Temporal.Instant | null;
  callbackFor: 'me' | 'anyone';
  qualification: QualificationInput | null;
  questionsAsked: string | null;
  /** 'inbound' when the prospect called us; outbound when left out. */
  direction?: 'outbound' | 'inbound';
  /** The client's marketing source the caller named; checked against the lead's client. */
  marketingSourceId?: number | null;
  script?: ScriptUseInput | null;
  objections?: readonly AttemptObjection[];
}

export interface LogAttemptPort {
  findLead(id: number): Promise<Lead | undefined>;
  findForm(id: number): Promise<StoredQualificationForm | undefined>;
  campaignClientId(campaignId: number): Promise<number | undefined>;
  /** The campaign's lists: a call is counted under a campaign only if it serves the lead. */
  campaignListIds?(campaignId: number): Promise<number[] | undefined>;
  /** The lead's zones, window (the campaign's, else the default) and state rules, for a callback time. */
  callbackRules?(lead: Lead, campaignId: number | null): Promise<CallbackRules>;
  /** The campaign's retry policy (gaps, rotation); the defaults when absent. */
  campaignRetryPolicy?(campaignId: number): Promise<RetryPolicy | undefined>;
  /** The client's outcomes, reasons, objections and scripts (needed for two-level calls). */
  details?: CallDetailsPort;
  /** The client's marketing sources, for a call that names one. */
  marketingSources?: Pick<MarketingSourcesPort, 'findSource'>;
  transaction<T>(work: (writer: LeadWriter) => Promise<T>): Promise<T>;
}

export interface LoggedAttempt {
  attemptId: number;
  /** The call as recorded, for the answer (no read back). */
  attempt: AttemptRecord;
  /** The lead's client (the agent's state records the work by client). */
  clientId: number;
  leadStatus: LeadStatus;
  callbackId: number | null;
}

/** A bare conversation comes back after a few days unless the campaign says otherwise. */
const contactMadeGapMinutes = 3 * 24 * 60;

/**
 * Records one call and everything that follows from its disposition — the lead's new status,
 * its retry time, a callback, a do-not-call entry, the outcome, reason, script and objections,
 * the qualification answers and the event log — in one transaction, so a disposition is never
 * half-stored. A two-level disposition (call result and the client's outcome) takes the same path
 * as the single-level disposition it amounts to.
 *
 * No disposition is lost: a call that happened is recorded even when the setter's lease lapsed
 * and another setter holds the lead now (their lease is left alone). A lead that is closed or on
 * a do-not-call list takes new calls only from the setter who holds it, and a do-not-call request
 * is always recorded and ends every setter's hold on the lead at once.
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
  const { disposition, reason, outcome, outcomeLabel } = await resolveLoggedDisposition(
    port.details,
    lead,
    input,
  );
  requireOpenOrHeld(lead, actor, disposition);
  const startedAt = requireRecentStart(input.startedAt, now);
  const callbackAt = disposition === 'call_back' ? requireFutureCallback(input.callbackAt, now) : null;
  if (callbackAt && port.callbackRules)
    requireCallbackPermitted(await port.callbackRules(lead, input.campaignId), callbackAt, now);
  const { script, objections } = await scriptAndObjections(port, input, lead, actor);
  const marketingSourceId = await namedSourceOf(port, lead.clientId, input.marketingSourceId ?? null);
  const status = nextLeadStatus(lead.status, disposition);
  const policy = await retryPolicyOf(port, input.campaignId);
  const qualification = input.qualification
    ? scoreAnswers(
        lead,
        await port.findForm(input.qualification.formId),
        input.qualification,
        input.questionsAsked,
      )
    : null;

  return port.transaction(async (writer) => {
    const base = { clientId: lead.clientId, leadId, now };
    const attemptId = await writer.insertAttempt({
      ...base,
      campaignId: input.campaignId,
      setterId: actor.userId,
      phone: lead.phone,
      startedAt,
      durationSeconds: input.durationSeconds,
      disposition,
      reason,
      notes: input.notes,
      contact: contactDispositions.includes(disposition),
      direction: input.direction ?? 'outbound',
      marketingSourceId,
      details: { ...outcome, ...script },
    });
    if (objections.length > 0) await writer.insertAttemptObjections({ ...base, attemptId, objections });
    await writer.closePendingCallbacks(leadId, now);
    const callbackId = callbackAt
      ? await writer.insertCallback({
          ...base,
          campaignId: input.campaignId,
          ownerUserId: input.callbackFor === 'me' ? actor.userId : null,
          dueAt: callbackAt,
          note: input.notes,
          createdByUserId: actor.userId,
        })
      : null;
    if (qualification)
      await writer.insertQualification({ ...qualification, setterId: actor.userId, attemptId, now });
    if (disposition === 'do_not_call') {
      // On the client's list, every campaign of the client stops calling the number at once.
      const phones = lead.phones.map((p) => p.e164);
      await writer.insertDnc({ clientId: lead.clientId, phones, source: 'call', userId: actor.userId, now });
    }
    await writer.updateLeadAfterAttempt(leadId, {
      status,
      nextCallAt: nextRetryAt(policy, disposition, now, callbackAt, lead.timeZone),
      lastAttemptAt: startedAt,
      actorUserId: actor.userId,
      releaseAnyLease: disposition === 'do_not_call',
      now,
    });
    await writer.insertEvent({
      ...base,
      actorUserId: actor.userId,
      type: 'attempt',
      fromStatus: lead.status,
      toStatus: status,
      reason,
      data: {
        attemptId,
        disposition,
        callResult: outcome.callResult,
        outcomeId: outcome.outcomeId,
        callbackId,
      },
    });
    const attempt: AttemptRecord = {
      id: attemptId,
      leadId,
      campaignId: input.campaignId,
      setterId: actor.userId,
      setterName: actor.name,
      startedAt,
      durationSeconds: input.durationSeconds,
      disposition,
      reason,
      notes: input.notes,
      callResult: outcome.callResult,
      outcomeId: outcome.outcomeId,
      outcomeLabel,
      scriptVersion: script.scriptVersion,
    };
    return { attemptId, attempt, clientId: lead.clientId, leadStatus: status, callbackId };
  });
}

/** The campaign's retry policy, with a gap for a bare conversation when the campaign sets none. */
async function retryPolicyOf(port: LogAttemptPort, campaignId: number | null): Promise<RetryPolicy> {
  const policy =
    (campaignId !== null ? await port.campaignRetryPolicy?.(campaignId) : undefined) ?? defaultRetryPolicy;
  return withContactMadeGap(policy);
}

/** The policy with a gap for a bare conversation when it sets none (corrections recompute with it too). */
export function withContactMadeGap(policy: RetryPolicy): RetryPolicy {
  const contactMade =
    policy.gapMinutes.contact_made ?? defaultRetryPolicy.gapMinutes.contact_made ?? contactMadeGapMinutes;
  return { ...policy, gapMinutes: { ...policy.gapMinutes, contact_made: contactMade } };
}

async function scriptAndObjections(port: LogAttemptPort, input: LogAttemptInput, lead: Lead, actor: Actor) {
  const use = input.script;
  const named = use && (use.scriptId ?? use.scriptVersion ?? use.scriptVariantId) !== null;
  const wanted = named || (input.objections?.length ?? 0) > 0;
  if (!wanted)
    return { script: { scriptId: null, scriptVersion: null, scriptVariantId: null }, objections: [] };
  if (!port.details)
    throw new AppError('INTERNAL', { message: 'Scripts and objections cannot be read here' });
  const [script, objections] = await Promise.all([
    requireScriptUse(port.details, input.script, lead, actor),
    requireCallObjections(port.details, input.objections, lead),
  ]);
  return { script, objections };
}

/** A call or booking names a campaign of the lead's own client, or none; another client's is refused. */
export async function requireCampaignOfLead(
  port: Pick<LogAttemptPort, 'campaignClientId' | 'campaignListIds'>,
  campaignId: number | null,
  lead: Lead,
): Promise<void> {
  if (campaignId === null) return;
  if ((await port.campaignClientId(campaignId)) !== lead.clientId) {
    throw new AppError('VALIDATION', {
      message: 'The campaign does not belong to the lead’s client',
      field: 'campaignId',
    });
  }
  // Counted under a campaign that does not serve the lead, a call would skew that campaign's numbers.
  const listIds = await port.campaignListIds?.(campaignId);
  if (listIds) requireCampaignHoldsLead({ id: campaignId, clientId: lead.clientId, listIds }, lead);
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

/** The marketing source a call names, checked against the lead's client; none without a port. */
async function namedSourceOf(
  port: LogAttemptPort,
  clientId: number,
  id: number | null,
): Promise<number | null> {
  if (id === null) return null;
  if (!port.marketingSources) {
    throw new AppError('VALIDATION', {
      message: 'Marketing sources are not known here',
      field: 'marketingSourceId',
    });
  }
  return requireNamedSource(port.marketingSources, clientId, id);
}
