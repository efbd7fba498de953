import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireRole } from '../access/actor.ts';
import type { StoredQualificationForm } from '../campaigns/catalog.ts';
import {
  type AttemptDetails,
  type CallDetailsPort,
  requireCallObjections,
  requireScriptUse,
  type ScriptUseInput,
} from '../leads/call-details.ts';
import type { Lead } from '../leads/lead.ts';
import type { QualificationInput } from '../leads/lead-writer.ts';
import { type LogAttemptPort, requireCampaignOfLead, requireNotHeldByOther } from '../leads/log-attempt.ts';
import { scoreAnswers } from '../leads/score-answers.ts';
import {
  type MarketingSourcesPort,
  requireNamedSource,
} from '../marketing-sources/manage-marketing-sources.ts';
import type { AttemptObjection } from '../objections/objection.ts';
import { earlierBooking, type IdempotencyPort, requireBookable } from './booking-checks.ts';
import { type BookingWriter, bookFirstFreeRep } from './booking-writes.ts';
import { loadSlotContext, type SlotsPort } from './find-slots-for-lead.ts';
import { bookingOrder, freeRepsAt, type RecentLoadPort, requireRepWhenChosen } from './slot-free-reps.ts';

export interface BookAppointmentInput {
  leadId: number;
  campaignId: number | null;
  meetingTypeId: number;
  startsAt: Temporal.Instant;
  repId: number | null;
  locationKind: 'phone' | 'video' | 'in_person';
  location: string | null;
  questionsAsked: string | null;
  notes: string | null;
  durationSeconds: number;
  qualification: QualificationInput | null;
  idempotencyKey: string | null;
  /** The script in front of the setter during the call that booked. */
  script?: ScriptUseInput | null;
  /** The objections that came up in that call. */
  objections?: readonly AttemptObjection[];
  /** 'inbound' when the prospect called us. */
  direction?: 'outbound' | 'inbound';
  /** The client's marketing source the caller named; checked against the lead's client. */
  marketingSourceId?: number | null;
}

export interface BookingPort
  extends SlotsPort,
    RecentLoadPort,
    IdempotencyPort,
    Pick<LogAttemptPort, 'campaignClientId'> {
  findForm(id: number): Promise<StoredQualificationForm | undefined>;
  /** Whether a phone of the lead is on its client's or the organization's do-not-call list. */
  isOnDncList(lead: Lead): Promise<boolean>;
  hasLiveAppointment(leadId: number): Promise<boolean>;
  /** Ends the user's holds for the lead: the booking they were keeping the slot for is made. */
  releaseHolds(userId: number, leadId: number): Promise<void>;
  /** The client's outcomes, objections and scripts the booked call records. */
  details: CallDetailsPort;
  /** The client's marketing sources, for a booking call that names one. */
  marketingSources: Pick<MarketingSourcesPort, 'findSource'>;
  transaction<T>(work: (writer: BookingWriter) => Promise<T>): Promise<T>;
}

/**
 * Books a lead onto a rep's calendar and records the "appointment set" disposition with it, in
 * one transaction. The rep is the chosen one (required by a 'chosen' meeting type), else the
 * lead's owner rep when free, else the fairest free rep by recent load. The slot is re-checked
 * inside the transaction under the rep's lock, and a unique index backs it, so two setters racing
 * for one rep and time cannot both win; a slot another setter holds is taken for everyone else.
 * A lead on a do-not-call list, closed, or with a live appointment is refused, checked again
 * under the lead's lock. Retrying with the same idempotency key returns the first booking.
 */
export async function bookAppointment(
  port: BookingPort,
  actor: Actor,
  input: BookAppointmentInput,
  now: Temporal.Instant,
): Promise<{ appointmentId: number; created: boolean }> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const repeated = await earlierBooking(port, actor, input);
  if (repeated !== undefined) return { appointmentId: repeated, created: false };
  const context = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId, input);
  const { lead, meetingType } = context;
  const onDncList = await requireLeadBookable(port, actor, lead, input, now);
  requireRepWhenChosen(context, input.repId);
  const qualification = input.qualification
    ? scoreAnswers(
        lead,
        await port.findForm(input.qualification.formId),
        input.qualification,
        input.questionsAsked,
      )
    : null;
  const call = await bookedCall(port.details, input, lead, actor);
  const marketingSourceId = await requireNamedSource(
    port.marketingSources,
    lead.clientId,
    input.marketingSourceId ?? null,
  );
  const candidates = await freeRepsAt(port, context, input.startsAt, now, actor.userId);
  const ordered = await bookingOrder(port, context, candidates, input.repId, now);
  const endsAt = input.startsAt.add({ minutes: meetingType.durationMinutes });
  const booking = {
    lead,
    onDncList,
    input,
    actor,
    qualification,
    now,
    meetingTypeId: meetingType.id,
    endsAt,
    blockedFrom: input.startsAt.subtract({ minutes: meetingType.bufferBeforeMinutes }),
    blockedUntil: endsAt.add({ minutes: meetingType.bufferAfterMinutes }),
    marketingSourceId,
    ...call,
  };
  let appointmentId: number;
  try {
    appointmentId = await bookFirstFreeRep(port, ordered, booking);
  } catch (error) {
    // A concurrent retry of this very booking (same idempotency key) may be what took the slot
    // or booked the lead first.
    const first = await earlierBooking(port, actor, input);
    if (first !== undefined) return { appointmentId: first, created: false };
    throw error;
  }
  await port.releaseHolds(actor.userId, lead.id);
  return { appointmentId, created: true };
}

/**
 * What the booking's call records: a person was reached, with the client's appointment outcome
 * (its first active one by position), and the script and objections the request names.
 */
async function bookedCall(
  port: CallDetailsPort,
  input: BookAppointmentInput,
  lead: Lead,
  actor: Actor,
): Promise<{ details: AttemptDetails; objections: AttemptObjection[] }> {
  const [outcome, script, objections] = await Promise.all([
    port.appointmentOutcome(lead.clientId),
    requireScriptUse(port, input.script, lead, actor),
    requireCallObjections(port, input.objections, lead),
  ]);
  return {
    details: {
      callResult: 'contact_made',
      outcomeId: outcome?.id ?? null,
      reasonId: null,
      reasonText: null,
      ...script,
    },
    objections,
  };
}

/**
 * What the lead must satisfy before a slot is even searched: a campaign of its own client, no
 * other setter's lease, callable at all, no live appointment. Returns whether it is on a
 * do-not-call list, for the re-check inside the transaction.
 */
async function requireLeadBookable(
  port: BookingPort,
  actor: Actor,
  lead: Lead,
  input: BookAppointmentInput,
  now: Temporal.Instant,
): Promise<boolean> {
  await requireCampaignOfLead(port, input.campaignId, lead);
  requireNotHeldByOther(lead, actor, now);
  const [onDncList, hasLiveAppointment] = await Promise.all([
    port.isOnDncList(lead),
    port.hasLiveAppointment(lead.id),
  ]);
  requireBookable({ status: lead.status, onDncList, hasLiveAppointment });
  return onDncList;
}
