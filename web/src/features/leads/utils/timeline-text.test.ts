import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineItemDto } from '../../../../../src/contracts/timeline.ts';
import en from '../../../i18n/en.json';
import sr from '../../../i18n/sr.json';
import { createFormatters } from '../../../lib/format.ts';
import { timelineText } from './timeline-text.ts';

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { en: { translation: en }, sr: { translation: sr } },
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

const item = (
  kind: TimelineItemDto['kind'],
  data: Record<string, unknown>,
  title = 'Server title',
): TimelineItemDto => ({
  id: `${kind}:1`,
  kind,
  at: '2026-06-10T16:00:00Z',
  actorName: 'Sam Setter',
  title,
  detail: null,
  data,
});

const text = (one: TimelineItemDto, language = 'en') =>
  timelineText(
    {
      t: i18n.getFixedT(language),
      format: createFormatters(language === 'sr' ? 'sr-Cyrl-RS' : 'en-US'),
      timeZone: 'America/Chicago',
    },
    one,
  );

describe('timelineText', () => {
  it.each([
    [
      'a two-level call names the client outcome, its reason, objections, script and the status it led to',
      item('attempt', {
        direction: 'outbound',
        callResult: 'contact_made',
        outcomeLabel: 'Not interested',
        disposition: 'not_interested',
        durationSeconds: 125,
        reason: 'No budget',
        objections: [{ title: 'Too expensive', response: 'Financing' }],
        scriptName: 'Solar',
        scriptVersion: 3,
        fromStatus: 'attempting',
        toStatus: 'not_interested',
      }),
      'Call: Not interested · 2 min 5 s',
      'No budget — Objections: Too expensive → Financing — Script: Solar, version 3 — Attempting → Not interested',
    ],
    [
      'an older call shows its disposition',
      item('attempt', {
        direction: 'inbound',
        disposition: 'voicemail',
        callResult: null,
        outcomeLabel: null,
      }),
      'Incoming call: Voicemail',
      null,
    ],
    [
      'a callback promised to anyone, in the reader’s zone',
      item('callback', {
        action: 'created',
        dueAt: '2026-06-11T15:00:00Z',
        forAnyone: true,
        note: 'After 5',
      }),
      'Callback promised for Thu, Jun 11, 10:00 (your time) · anyone on the team',
      'After 5',
    ],
    [
      'an appointment cancelled by the lead',
      item('appointment', { action: 'cancelled', by: 'lead', reason: 'Sold the house' }),
      'Appointment cancelled by the lead',
      'Sold the house',
    ],
    [
      'an appointment action this screen does not know keeps the server’s title',
      item('appointment', { action: 'reassigned' }, 'Appointment reassigned'),
      'Appointment reassigned',
      null,
    ],
    [
      'a do-not-call from a list names the list’s source',
      item('do_not_call', { source: 'national' }),
      'Do not call: on a list (national)',
      null,
    ],
  ])('%s', (_title, one, title, detail) => {
    expect(text(one)).toEqual({ title, detail });
  });

  it('speaks Serbian too', () => {
    expect(text(item('qualification', { qualified: true, score: 72, interest: 'warm' }), 'sr')).toEqual({
      title: 'Испуњава услове · 72 поена',
      detail: 'Заинтересованост: Топао',
    });
  });
});
