import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import type { AppointmentStatus } from './rep.ts';

/** An appointment as the lifecycle rules see it: who, when, where, and how far it has come. */
export interface Appointment {
  id: number;
  clientId: number;
  leadId: number;
  repId: number;
  /** The rep's login, when the rep has one: that user may mark the appointment. */
  repUserId: number | null;
  setterId: number;
  meetingTypeId: number;
  /** The call that booked it; its campaign is where a no-show's callback belongs. */
  attemptId: number | null;
  campaignId: number | null;
  status: AppointmentStatus;
  /** Why it was cancelled, missed or moved, as the person who changed it said. */
  statusReason: string | null;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
  leadTimeZone: string | null;
  locationKind: string;
  location: string | null;
  questionsAsked: string | null;
  notes: string | null;
  /** iCalendar SEQUENCE of the invites sent so far. */
  sequence: number;
  rescheduledFromId: number | null;
  selfServiceExpiresAt: Temporal.Instant | null;
  createdAt: Temporal.Instant;
}

/**
 * Who changes an appointment: a signed-in user, or the lead through the private link in the
 * invite (no login; the link's secret is the authority).
 */
export type Changer = { kind: 'user'; actor: Actor } | { kind: 'lead' };

export const changerUserId = (changer: Changer): number | null =>
  changer.kind === 'user' ? changer.actor.userId : null;

/** The status changes a rep, a setter or a manager may ask for. */
export const markableStatuses = ['confirmed', 'held', 'no_show', 'cancelled'] as const;
export type MarkableStatus = (typeof markableStatuses)[number];

export const outcomeResults = ['won', 'lost'] as const;
export type OutcomeResult = (typeof outcomeResults)[number];

export interface AppointmentOutcome {
  result: OutcomeResult;
  /** Sale amount in minor units (cents) of `currency`; required for won. */
  amountMinor: number | null;
  currency: string | null;
  /** Why the sale was lost; required for lost. */
  reason: string | null;
}
