import type { WeeklyInterval } from '../scheduling/availability.ts';

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
