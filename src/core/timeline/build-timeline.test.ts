import { describe, expect, it } from 'vitest';
import { attemptResultText } from './attempt-items.ts';
import { buildTimeline } from './build-timeline.ts';
import {
  appointment,
  at,
  attempt,
  callback,
  callEvent,
  event,
  origin,
  sources,
} from './timeline.test-support.ts';
import type { TimelineItem } from './timeline.ts';

const brief = (items: TimelineItem[]) =>
  items.map((i) => ({ kind: i.kind, at: i.at.toString(), by: i.actorName, title: i.title }));

describe('attemptResultText', () => {
  it.each([
    [
      'the client outcome wins',
      { outcomeLabel: 'Not interested', callResult: 'contact_made' },
      'Not interested',
    ],
    ['a call result without outcome', { outcomeLabel: null, callResult: 'voicemail_left' }, 'voicemail left'],
    [
      'a call logged before two levels shows its disposition',
      { outcomeLabel: null, callResult: null },
      'busy',
    ],
  ])('%s', (_title, fields, expected) => {
    expect(attemptResultText({ disposition: 'busy', ...fields })).toBe(expected);
  });
});

describe('buildTimeline', () => {
  it('a lead with only its import shows the creation by the list’s creator', () => {
    expect(brief(buildTimeline(sources()))).toEqual([
      {
        kind: 'created',
        at: '2026-06-01T09:00:00Z',
        by: 'Maya Manager',
        title: 'Lead imported in the list “May leads”',
      },
    ]);
  });

  it.each([
    ['an inbound lead without a creation event names nobody (the list is shared)', [], null],
    [
      'an inbound lead names the setter who took the call',
      [event(1, '2026-06-01T09:00:00Z', 'lead_created', { actorName: 'Jovana' })],
      'Jovana',
    ],
  ])('%s', (_title, events, creator) => {
    const items = buildTimeline(
      sources({ origin: origin({ listSource: 'inbound', listName: 'Inbound calls' }), events }),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'created',
      actorName: creator,
      title: 'Lead created from an inbound call',
    });
  });

  it('orders newest first, and within one instant the call before what it recorded', () => {
    const loggedAt = '2026-06-10T16:05:00Z';
    const items = buildTimeline(
      sources({
        attempts: [
          attempt(1, '2026-06-09T15:00:00Z'),
          attempt(2, '2026-06-10T16:00:00Z', { disposition: 'call_back', callResult: 'contact_made' }),
        ],
        events: [
          callEvent(10, 1, '2026-06-09T15:01:00Z', 'new', 'attempting'),
          callEvent(11, 2, loggedAt, 'attempting', 'callback'),
        ],
        qualifications: [
          {
            id: 4,
            attemptId: 2,
            formName: 'Solar',
            score: 70,
            qualified: true,
            interest: 'warm',
            questionsAsked: 'Is there a warranty?',
            answerCount: 3,
            setterName: 'Sam Setter',
            createdAt: at(loggedAt),
          },
        ],
        callbacks: [callback(5, loggedAt)],
        notes: [{ id: 8, text: 'Prefers mornings', authorName: 'Maya Manager', createdAt: at(loggedAt) }],
      }),
    );
    expect(items.map((i) => i.id)).toEqual([
      'callback:5',
      'note:8',
      'qualification:4',
      'attempt:2',
      'attempt:1',
      'lead:7',
    ]);
    expect(items[2]).toMatchObject({
      title: 'Qualified (score 70)',
      detail: 'Interest: warm — Questions asked: Is there a warranty?',
    });
    expect(items[3]?.data).toMatchObject({ fromStatus: 'attempting', toStatus: 'callback' });
  });

  it('a call tells its outcome, reason, notes, duration, objections with the response used and script version', () => {
    const [call] = buildTimeline(
      sources({
        attempts: [
          attempt(3, '2026-06-10T16:00:00Z', {
            callResult: 'contact_made',
            disposition: 'not_interested',
            outcomeKey: 'not_interested',
            outcomeLabel: 'Not interested',
            reasonLabel: 'No budget',
            reasonText: 'Just bought a roof',
            notes: 'Polite',
            durationSeconds: 125,
            scriptName: 'Solar script',
            scriptVersion: 3,
          }),
        ],
        objections: [
          {
            attemptId: 3,
            objectionId: 1,
            title: 'Too expensive',
            responseId: 'a',
            responseText: 'Financing',
          },
          { attemptId: 3, objectionId: 2, title: 'Send an email', responseId: null, responseText: null },
        ],
      }),
    );
    expect(call).toMatchObject({
      kind: 'attempt',
      actorName: 'Sam Setter',
      title: 'Call: Not interested (2 min 5 s)',
      detail:
        'No budget — Just bought a roof — Polite — Objections: Too expensive → Financing; Send an email',
    });
    expect(call?.data).toMatchObject({
      scriptVersion: 3,
      objections: [
        { objectionId: 1, title: 'Too expensive', response: 'Financing' },
        { objectionId: 2, title: 'Send an email', response: null },
      ],
    });
  });

  it('a do-not-call asked for in a call is its own item beside the call; a listed one names its source', () => {
    const items = buildTimeline(
      sources({
        attempts: [attempt(1, '2026-06-10T16:00:00Z', { disposition: 'do_not_call' })],
        events: [
          callEvent(1, 1, '2026-06-10T16:01:00Z', 'attempting', 'dnc'),
          event(2, '2026-06-11T08:00:00Z', 'dnc_listed', {
            fromStatus: 'dnc',
            toStatus: 'dnc',
            reason: 'national',
            actorName: 'Maya Manager',
          }),
        ],
      }),
    );
    expect(brief(items).slice(0, 3)).toEqual([
      {
        kind: 'do_not_call',
        at: '2026-06-11T08:00:00Z',
        by: 'Maya Manager',
        title: 'Do not call: listed (national)',
      },
      {
        kind: 'do_not_call',
        at: '2026-06-10T16:01:00Z',
        by: 'Sam Setter',
        title: 'Do not call: the prospect asked in a call',
      },
      { kind: 'attempt', at: '2026-06-10T16:00:00Z', by: 'Sam Setter', title: 'Call: do not call' },
    ]);
  });

  it.each([
    ['a pending callback shows only its promise', 'pending', ['callback:1']],
    [
      'a done callback closes at the next logged call, by its setter',
      'done',
      ['callback:1:done', 'callback:1'],
    ],
    ['a cancelled one likewise', 'cancelled', ['callback:1:cancelled', 'callback:1']],
  ])('%s', (_title, status, ids) => {
    const items = buildTimeline(
      sources({
        attempts: [attempt(1, '2026-06-10T16:00:00Z'), attempt(2, '2026-06-12T14:02:00Z')],
        events: [
          callEvent(1, 1, '2026-06-10T16:01:00Z', 'attempting', 'callback'),
          { ...callEvent(2, 2, '2026-06-12T14:05:00Z', 'callback', 'attempting'), actorName: 'Luis Ortega' },
        ],
        callbacks: [callback(1, '2026-06-10T16:01:00Z', { status, ownerName: null })],
      }),
    ).filter((i) => i.kind === 'callback');
    expect(items.map((i) => i.id)).toEqual(ids);
    expect(items.at(-1)).toMatchObject({
      title: 'Callback promised for anyone on the team',
      actorName: 'Sam Setter',
    });
    if (status !== 'pending')
      expect(items[0]).toMatchObject({ actorName: 'Luis Ortega', at: at('2026-06-12T14:05:00Z') });
  });

  it('appointments: booked, rescheduled and cancelled by the lead through their link', () => {
    const items = buildTimeline(
      sources({
        appointments: [
          appointment(1, '2026-06-10T16:00:00Z', { status: 'rescheduled' }),
          appointment(2, '2026-06-11T10:00:00Z', {
            status: 'cancelled',
            startsAt: at('2026-06-16T15:00:00Z'),
            rescheduledFromId: 1,
          }),
        ],
        events: [
          event(1, '2026-06-10T16:00:00Z', 'appointment_set', {
            toStatus: 'appointment_set',
            data: { appointmentId: 1, startsAt: '2026-06-15T15:00:00Z' },
          }),
          event(2, '2026-06-11T10:00:00Z', 'appointment_rescheduled', {
            actorName: 'Rita Reyes',
            data: { appointmentId: 1, rescheduledTo: 2, by: 'user' },
          }),
          event(3, '2026-06-12T09:00:00Z', 'appointment_cancelled', {
            actorName: null,
            reason: 'Found another provider',
            data: { appointmentId: 2, by: 'lead' },
          }),
        ],
      }),
    ).filter((i) => i.kind === 'appointment');
    expect(brief(items)).toEqual([
      {
        kind: 'appointment',
        at: '2026-06-12T09:00:00Z',
        by: null,
        title: 'Appointment cancelled by the lead',
      },
      { kind: 'appointment', at: '2026-06-11T10:00:00Z', by: 'Rita Reyes', title: 'Appointment rescheduled' },
      {
        kind: 'appointment',
        at: '2026-06-10T16:00:00Z',
        by: 'Sam Setter',
        title: 'Solar consultation booked with Rita Reyes',
      },
    ]);
    expect(items[1]?.data).toMatchObject({
      newStartsAt: '2026-06-16T15:00:00Z',
      startsAt: '2026-06-15T15:00:00Z',
    });
    expect(items[0]).toMatchObject({
      detail: 'Found another provider',
      data: { by: 'lead', action: 'cancelled' },
    });
  });

  it('an appointment the event log does not tell is shown as booked by its setter', () => {
    const items = buildTimeline(sources({ appointments: [appointment(4, '2026-06-10T16:00:00Z')] }));
    expect(items[0]).toMatchObject({
      id: 'appointment:4',
      actorName: 'Sam Setter',
      data: { action: 'booked' },
    });
  });

  it.each([
    [
      'a manager’s status change without a call',
      event(1, '2026-06-10T16:00:00Z', 'status_changed', {
        fromStatus: 'nurture',
        toStatus: 'new',
        reason: 'Re-opened',
      }),
      { kind: 'status_change', title: 'Status: nurture → new', detail: 'Re-opened' },
    ],
    [
      'an event that changes no status keeps its type as words',
      event(1, '2026-06-10T16:00:00Z', 'lease_expired'),
      { kind: 'event', title: 'lease expired' },
    ],
    [
      'a call’s event whose attempt is not among the calls is still a status change',
      callEvent(1, 99, '2026-06-10T16:00:00Z', 'new', 'attempting'),
      { kind: 'status_change', title: 'Status: new → attempting' },
    ],
  ])('%s', (_title, one, expected) => {
    expect(buildTimeline(sources({ events: [one] }))[0]).toMatchObject(expected);
  });
});
