import type { Temporal } from 'temporal-polyfill';
import type { TimeZoneCandidate } from '../calling-hours/time-zone-candidates.ts';

export const roles = ['admin', 'manager', 'setter', 'rep'] as const;
export type Role = (typeof roles)[number];

export const leadStatuses = [
  'new',
  'attempting',
  'callback',
  'nurture',
  'not_interested',
  'disqualified',
  'dnc',
  'bad_number',
  'appointment_set',
  'appointment_held',
  'won',
  'lost',
] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** Statuses from which a lead is never served by the queue again without a person reopening it. */
export const closedLeadStatuses: readonly LeadStatus[] = [
  'nurture',
  'not_interested',
  'disqualified',
  'dnc',
  'bad_number',
  'appointment_set',
  'appointment_held',
  'won',
  'lost',
];

export const dispositions = [
  'no_answer',
  'voicemail',
  'busy',
  'wrong_number',
  'call_back',
  'not_interested',
  'not_qualified',
  'appointment_set',
  'do_not_call',
  /**
   * A person was reached and the client's outcome says nothing more for the lead (no callback,
   * no refusal, no booking): the lead stays in the queue, after the retry gap.
   */
  'contact_made',
] as const;
export type Disposition = (typeof dispositions)[number];

/** Dispositions that mean a person was reached. */
export const contactDispositions: readonly Disposition[] = [
  'call_back',
  'not_interested',
  'not_qualified',
  'appointment_set',
  'do_not_call',
  'contact_made',
];

/** Dispositions that cannot be saved without a reason. */
export const dispositionsRequiringReason: readonly Disposition[] = ['not_interested', 'not_qualified'];

export const timeZoneSources = ['explicit', 'postal_code', 'phone', 'client_default'] as const;
export type TimeZoneSource = (typeof timeZoneSources)[number];

export interface Lead {
  id: number;
  clientId: number;
  listId: number | null;
  firstName: string;
  lastName: string;
  company: string | null;
  email: string | null;
  /** Primary phone, E.164. */
  phone: string;
  address: string | null;
  state: string | null;
  postalCode: string | null;
  country: string;
  /** The resolved IANA zone used for display; the calling window may consider several. */
  timeZone: string | null;
  timeZoneSource: TimeZoneSource | null;
  source: string;
  customFields: Record<string, string>;
  status: LeadStatus;
  attemptCount: number;
  lastAttemptAt: Temporal.Instant | null;
  createdAt: Temporal.Instant;
  /** Every time-zone guess (explicit, postal code, phone prefix, client default) the window intersects. */
  timeZoneCandidates: TimeZoneCandidate[];
  phones: { e164: string; type: string; extension?: string }[];
  city: string | null;
  /** A fresh inbound or web lead: served before the ordered queue (speed-to-lead). */
  hot: boolean;
  leaseUserId: number | null;
  leaseExpiresAt: Temporal.Instant | null;
  /** The earliest instant the queue may serve the lead again (callbacks, retry gaps). */
  nextCallAt: Temporal.Instant;
}
