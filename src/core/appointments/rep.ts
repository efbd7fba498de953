import type { Temporal } from 'temporal-polyfill';
import type { LocalInterval, WeeklyInterval } from '../scheduling/availability.ts';
import type { Territory } from '../scheduling/rep-eligibility.ts';

/** A client's sales rep who takes appointments, with weekly hours in their own zone. */
export interface Rep {
  id: number;
  clientId: number;
  userId: number | null;
  name: string;
  email: string;
  timeZone: string;
  dailyMax: number | null;
  active: boolean;
  weeklyHours: WeeklyInterval[];
  territory: Territory;
  /** Skills or products the rep sells; meeting types may require some. */
  skills: string[];
}

/** What a manager saves about a rep; the schedule's exceptions are saved one by one. */
export type RepFields = Omit<Rep, 'id'>;

/** Working intervals replacing the weekly hours on one local date of the rep; [] = a day off. */
export interface RepDateOverride {
  localDate: string;
  intervals: LocalInterval[];
}

export interface RepTimeOff {
  id: number;
  repId: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  reason: string | null;
}

/** A rep with the exceptions to the weekly hours still ahead. */
export interface RepDetail extends Rep {
  overrides: RepDateOverride[];
  timeOff: RepTimeOff[];
}

export const appointmentStatuses = [
  'scheduled',
  'confirmed',
  'held',
  'no_show',
  'cancelled',
  'rescheduled',
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
/** Appointments that occupy the rep's calendar. */
export const liveAppointmentStatuses: readonly AppointmentStatus[] = ['scheduled', 'confirmed'];
