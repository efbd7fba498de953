import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { buildTimeline, noteItem } from './build-timeline.ts';
import type { TimelineItem, TimelineSources } from './timeline.ts';

/** What the timeline reads and writes, each by the lead's id. */
export interface LeadTimelinePort {
  /** The client of the lead; undefined when there is no such lead. */
  leadClientId(leadId: number): Promise<number | undefined>;
  sources(leadId: number): Promise<TimelineSources | undefined>;
  insertNote(note: {
    clientId: number;
    leadId: number;
    authorUserId: number;
    text: string;
    now: Temporal.Instant;
  }): Promise<number>;
}

async function requireLeadOfActor(port: LeadTimelinePort, actor: Actor, leadId: number): Promise<number> {
  const clientId = await port.leadClientId(leadId);
  if (clientId === undefined) throw notFound('Lead');
  // Another client's lead answers exactly like a missing one.
  requireClientAccess(actor, clientId, 'Lead');
  return clientId;
}

/** Everything that happened to a lead of the actor's clients, newest first. */
export async function readLeadTimeline(
  port: LeadTimelinePort,
  actor: Actor,
  leadId: number,
): Promise<TimelineItem[]> {
  await requireLeadOfActor(port, actor, leadId);
  const sources = await port.sources(leadId);
  if (!sources) throw notFound('Lead');
  return buildTimeline(sources);
}

export const maxNoteLength = 5000;

/**
 * A note on a lead by a setter, manager or admin of its client; it is part of the timeline at once.
 * Returns the note as the timeline shows it.
 */
export async function addLeadNote(
  port: LeadTimelinePort,
  actor: Actor,
  leadId: number,
  text: string,
  now: Temporal.Instant,
): Promise<TimelineItem> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const clientId = await requireLeadOfActor(port, actor, leadId);
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > maxNoteLength) {
    throw new AppError('VALIDATION', {
      message: `A note needs 1 to ${maxNoteLength} characters`,
      field: 'text',
    });
  }
  const id = await port.insertNote({ clientId, leadId, authorUserId: actor.userId, text: trimmed, now });
  return noteItem({ id, text: trimmed, authorName: actor.name, createdAt: now });
}
