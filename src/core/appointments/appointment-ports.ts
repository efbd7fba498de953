import type { Temporal } from 'temporal-polyfill';
import type { NewJob } from '../jobs/job.ts';
import type { OutgoingMail } from '../jobs/outgoing-mail.ts';
import type { LeadStatus } from '../leads/lead.ts';
import type { LeadWriter } from '../leads/lead-writer.ts';
import type { Appointment, AppointmentOutcome } from './appointment-state.ts';
import type { AppointmentStatus } from './rep.ts';

/** The people and names an appointment's mails speak of. */
export interface AppointmentNotice {
  appointment: Appointment;
  /** The first appointment of a reschedule chain: its id names the invite's UID for the whole chain. */
  chainRootId: number;
  clientName: string;
  clientTimeZone: string;
  meetingTypeName: string;
  lead: {
    firstName: string;
    lastName: string;
    company: string | null;
    email: string | null;
    phone: string;
    address: string | null;
    country: string;
    timeZone: string | null;
  };
  /** `locale`: the language saved on the rep's user account; null for a rep without one. */
  rep: { id: number; name: string; email: string; timeZone: string; locale: string | null };
}

export interface AppointmentChange {
  status?: AppointmentStatus;
  statusReason?: string | null;
  sequence?: number;
  confirmedAt?: Temporal.Instant;
  outcome?: AppointmentOutcome;
  now: Temporal.Instant;
}

export interface RescheduledAppointment {
  from: Appointment;
  repId: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
  sequence: number;
  idempotencyKey: string | null;
  now: Temporal.Instant;
}

/** Writes of the appointment lifecycle, all inside one transaction with the mails they queue. */
export interface AppointmentWriter
  extends Pick<LeadWriter, 'insertCallback' | 'insertEvent' | 'closePendingCallbacks'> {
  /** The appointment, locked against concurrent changes until the transaction ends. */
  lockAppointment(id: number): Promise<Appointment | undefined>;
  updateAppointment(id: number, change: AppointmentChange): Promise<void>;
  /** Inserts the new appointment of a reschedule; undefined when the database refuses the slot. */
  insertRescheduled(appointment: RescheduledAppointment): Promise<number | undefined>;
  lockRep(repId: number): Promise<void>;
  hasOverlap(repId: number, blockedFrom: Temporal.Instant, blockedUntil: Temporal.Instant): Promise<boolean>;
  /** Sets the lead's status (and when the queue may serve it again); returns the status it had. */
  updateLeadStatus(
    leadId: number,
    status: LeadStatus,
    nextCallAt: Temporal.Instant | null,
    now: Temporal.Instant,
  ): Promise<LeadStatus>;
  loadNotice(appointmentId: number): Promise<AppointmentNotice | undefined>;
  /** Stores only the hash of the lead's link secret. */
  setSelfServiceToken(appointmentId: number, tokenHash: string, expiresAt: Temporal.Instant): Promise<void>;
  /** Queues the mail in the outbox together with the job that sends it. */
  enqueueMail(mail: OutgoingMail, now: Temporal.Instant): Promise<number>;
  scheduleJob(job: NewJob): Promise<void>;
}

/** An iCalendar invite or cancellation to render (RFC 5545/5546). */
export interface CalendarInvite {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  timeZone: string;
  summary: string;
  description: string;
  location: string | null;
  status: 'CONFIRMED' | 'CANCELLED';
  organizer: { name: string; email: string };
  attendees: { name: string; email: string; role: 'rep' | 'lead' }[];
  url?: string;
  now: Temporal.Instant;
}

/** How appointment mails are made: settings, the calendar renderer and the link secrets. */
export interface AppointmentMessaging {
  /** Where people reach the app, for links: `https://desk.example.com`, no trailing slash. */
  baseUrl: string;
  /** The right-hand side of invite UIDs: `appointment-<id>@<uidHost>`. */
  uidHost: string;
  organizer: { name: string; email: string };
  reminderOffsetsMinutes: readonly number[];
  selfServiceLinkDays: number;
  renderInvite(invite: CalendarInvite): string;
  /** A new unguessable secret and the hash under which it is stored. */
  newSecret(): { token: string; hash: string };
}

export interface LifecyclePort {
  messaging: AppointmentMessaging;
  transaction<T>(work: (writer: AppointmentWriter) => Promise<T>): Promise<T>;
}
