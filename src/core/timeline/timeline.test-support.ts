import { Temporal } from 'temporal-polyfill';
import type {
  AppointmentEntry,
  AttemptEntry,
  CallbackEntry,
  LeadEventEntry,
  LeadOriginEntry,
  TimelineSources,
} from './timeline.ts';

// Builders for the timeline's tests: one lead of client 1, a fixed clock, everything else explicit.

export const at = (iso: string): Temporal.Instant => Temporal.Instant.from(iso);

export const origin = (overrides: Partial<LeadOriginEntry> = {}): LeadOriginEntry => ({
  leadId: 7,
  clientId: 1,
  createdAt: at('2026-06-01T09:00:00Z'),
  source: 'web form',
  hot: false,
  listId: 3,
  listName: 'May leads',
  listSource: 'import',
  listCreatorName: 'Maya Manager',
  ...overrides,
});

export const attempt = (
  id: number,
  startedAt: string,
  overrides: Partial<AttemptEntry> = {},
): AttemptEntry => ({
  id,
  startedAt: at(startedAt),
  setterName: 'Sam Setter',
  direction: 'outbound',
  durationSeconds: 0,
  disposition: 'no_answer',
  callResult: null,
  outcomeKey: null,
  outcomeLabel: null,
  reason: null,
  reasonLabel: null,
  reasonText: null,
  notes: null,
  campaignName: null,
  scriptName: null,
  scriptVersion: null,
  scriptVariantId: null,
  ...overrides,
});

export const event = (
  id: number,
  createdAt: string,
  type: string,
  overrides: Partial<LeadEventEntry> = {},
): LeadEventEntry => ({
  id,
  type,
  fromStatus: null,
  toStatus: null,
  reason: null,
  actorName: 'Sam Setter',
  data: {},
  createdAt: at(createdAt),
  ...overrides,
});

/** The event a logged call writes, naming its attempt. */
export const callEvent = (id: number, attemptId: number, createdAt: string, from: string, to: string) =>
  event(id, createdAt, 'attempt', { fromStatus: from, toStatus: to, data: { attemptId } });

export const callback = (
  id: number,
  createdAt: string,
  overrides: Partial<CallbackEntry> = {},
): CallbackEntry => ({
  id,
  dueAt: at('2026-06-12T14:00:00Z'),
  status: 'pending',
  note: null,
  ownerName: 'Sam Setter',
  createdByName: 'Sam Setter',
  createdAt: at(createdAt),
  ...overrides,
});

export const appointment = (
  id: number,
  createdAt: string,
  overrides: Partial<AppointmentEntry> = {},
): AppointmentEntry => ({
  id,
  startsAt: at('2026-06-15T15:00:00Z'),
  endsAt: at('2026-06-15T15:45:00Z'),
  status: 'scheduled',
  repName: 'Rita Reyes',
  meetingTypeName: 'Solar consultation',
  locationKind: 'phone',
  setterName: 'Sam Setter',
  outcome: null,
  rescheduledFromId: null,
  createdAt: at(createdAt),
  ...overrides,
});

export const sources = (overrides: Partial<TimelineSources> = {}): TimelineSources => ({
  origin: origin(),
  attempts: [],
  objections: [],
  events: [],
  notes: [],
  qualifications: [],
  callbacks: [],
  appointments: [],
  ...overrides,
});
