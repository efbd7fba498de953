import { correctionEventTypes } from '../corrections/apply-lead-state.ts';
import { appointmentEventItem, isAppointmentEvent } from './appointment-items.ts';
import type { AppointmentEntry, LeadEventEntry, TimelineItem } from './timeline.ts';
import { humanize, statusLabel } from './timeline-labels.ts';

/** The event written when a person creates a lead by hand (an inbound call): told by the creation item. */
export const leadCreatedEventType = 'lead_created';

const becameDnc = (event: LeadEventEntry): boolean =>
  event.type === 'dnc_listed' || (event.toStatus === 'dnc' && event.fromStatus !== 'dnc');

/** Where a do-not-call came from: the prospect's request in a call, a list upload, a number added by hand. */
function dncSource(event: LeadEventEntry, fromCall: boolean): string {
  if (fromCall) return 'disposition';
  return event.reason ?? (typeof event.data.source === 'string' ? event.data.source : 'list');
}

function doNotCallItem(event: LeadEventEntry, fromCall: boolean): TimelineItem {
  const source = dncSource(event, fromCall);
  return {
    id: `event:${event.id}:dnc`,
    kind: 'do_not_call',
    at: event.createdAt,
    actorName: event.actorName,
    title: fromCall ? 'Do not call: the prospect asked in a call' : `Do not call: listed (${source})`,
    detail: fromCall ? null : event.reason,
    data: {
      source,
      phone: typeof event.data.phone === 'string' ? event.data.phone : null,
      dncListId: typeof event.data.dncListId === 'number' ? event.data.dncListId : null,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
    },
  };
}

function statusOrEventItem(event: LeadEventEntry): TimelineItem {
  const changed = event.toStatus !== null && event.toStatus !== event.fromStatus;
  return {
    id: `event:${event.id}`,
    kind: changed ? 'status_change' : 'event',
    at: event.createdAt,
    actorName: event.actorName,
    title: changed
      ? `Status: ${event.fromStatus ? `${statusLabel(event.fromStatus)} → ` : ''}${statusLabel(event.toStatus ?? '')}`
      : humanize(event.type),
    detail: event.reason,
    data: { type: event.type, fromStatus: event.fromStatus, toStatus: event.toStatus, reason: event.reason },
  };
}

/**
 * The items of the event log that the calls do not already tell: appointment changes, do-not-call
 * listings (and a do-not-call asked for in a call, as its own item), other status changes.
 * `linkedEventIds` are the events of logged calls, told by their attempt items.
 */
export function eventItems(
  events: readonly LeadEventEntry[],
  linkedEventIds: ReadonlySet<number>,
  appointments: ReadonlyMap<number, AppointmentEntry>,
): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    // Told by the lead's creation, and by the correction items (with their before and after).
    if (event.type === leadCreatedEventType || correctionEventTypes.has(event.type)) continue;
    const fromCall = linkedEventIds.has(event.id);
    if (becameDnc(event)) items.push(doNotCallItem(event, fromCall));
    else if (fromCall) continue;
    else if (isAppointmentEvent(event)) items.push(appointmentEventItem(event, appointments));
    else items.push(statusOrEventItem(event));
  }
  return items;
}
