import type { Temporal } from 'temporal-polyfill';
import type { TimelineKind } from '../../contracts/timeline.ts';

export type { TimelineKind };

/** One thing that happened to a lead, with who and when (see buildTimeline). */
export interface TimelineItem {
  /** Stable across reads: the source and its row id, e.g. 'attempt:12', 'callback:7:done'. */
  id: string;
  kind: TimelineKind;
  at: Temporal.Instant;
  /** Null when no person did it: the lead through their private link, the system, an old import. */
  actorName: string | null;
  /** A short plain-language line in English; screens translate by kind and data. */
  title: string;
  detail: string | null;
  data: Record<string, unknown>;
}

/** How the lead came to exist: its list (an import, the inbound list, the web-form list) and source. */
export interface LeadOriginEntry {
  leadId: number;
  clientId: number;
  createdAt: Temporal.Instant;
  /** Where marketing got the lead (a column of the import, 'inbound', 'web', 'api' …). */
  source: string;
  hot: boolean;
  listId: number | null;
  listName: string | null;
  /** How the list was filled: 'import', 'inbound', 'web', 'api', 'demo' … */
  listSource: string | null;
  /** Who created the list; for shared lists (inbound calls, web forms) not the lead's creator. */
  listCreatorName: string | null;
}

export interface AttemptObjectionEntry {
  attemptId: number;
  objectionId: number;
  title: string;
  responseId: string | null;
  /** The prepared response used, null when none of them was (or it was since removed). */
  responseText: string | null;
}

/** One call. The two-level fields are null for calls logged before migration 0007. */
export interface AttemptEntry {
  id: number;
  startedAt: Temporal.Instant;
  setterName: string;
  direction: string;
  durationSeconds: number;
  disposition: string;
  callResult: string | null;
  outcomeKey: string | null;
  outcomeLabel: string | null;
  /** The free-text reason of single-level dispositions. */
  reason: string | null;
  /** The label of the reason picked from the client's list. */
  reasonLabel: string | null;
  reasonText: string | null;
  notes: string | null;
  campaignName: string | null;
  scriptName: string | null;
  scriptVersion: number | null;
  scriptVariantId: number | null;
}

/** A row of the lead's event log (lead_events) with its data parsed. */
export interface LeadEventEntry {
  id: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
  createdAt: Temporal.Instant;
}

export interface NoteEntry {
  id: number;
  text: string;
  authorName: string;
  createdAt: Temporal.Instant;
}

export interface QualificationEntry {
  id: number;
  attemptId: number | null;
  formName: string | null;
  score: number;
  qualified: boolean;
  interest: string | null;
  /** The prospect's own questions, which travel with the appointment to the rep. */
  questionsAsked: string | null;
  answerCount: number;
  setterName: string;
  createdAt: Temporal.Instant;
}

export interface CallbackEntry {
  id: number;
  dueAt: Temporal.Instant;
  /** 'pending' | 'done' | 'cancelled'. */
  status: string;
  note: string | null;
  /** Null: anyone on the team may call back. */
  ownerName: string | null;
  createdByName: string;
  createdAt: Temporal.Instant;
}

export interface AppointmentEntry {
  id: number;
  startsAt: Temporal.Instant;
  endsAt: Temporal.Instant;
  status: string;
  repName: string;
  meetingTypeName: string | null;
  locationKind: string;
  setterName: string;
  outcome: string | null;
  rescheduledFromId: number | null;
  createdAt: Temporal.Instant;
}

/** Everything the timeline is built from, each read by the lead's id. */
export interface TimelineSources {
  origin: LeadOriginEntry;
  attempts: readonly AttemptEntry[];
  objections: readonly AttemptObjectionEntry[];
  events: readonly LeadEventEntry[];
  notes: readonly NoteEntry[];
  qualifications: readonly QualificationEntry[];
  callbacks: readonly CallbackEntry[];
  appointments: readonly AppointmentEntry[];
  /** Corrections of calls, appointments and do-not-call entries (absent: none). */
  corrections?: readonly CorrectionEntry[];
}

/** A correction as the timeline tells it: what it was and became, who, when and why. */
export interface CorrectionEntry {
  id: number;
  subject: string;
  subjectId: number | null;
  action: string;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  fromStatus: string | null;
  toStatus: string | null;
  actorName: string;
  createdAt: Temporal.Instant;
}
