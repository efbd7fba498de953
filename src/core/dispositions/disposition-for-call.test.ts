import { describe, expect, it } from 'vitest';
import { defaultOutcomes } from './default-outcomes.ts';
import { dispositionForCall } from './disposition-for-call.ts';
import { type CallResult, noFlags, type OutcomeFlags } from './outcome.ts';

const contact = (flags: Partial<OutcomeFlags>): OutcomeFlags => ({ ...noFlags, contact: true, ...flags });

describe('dispositionForCall', () => {
  it.each<[CallResult, string]>([
    ['no_answer', 'no_answer'],
    ['busy', 'busy'],
    ['voicemail_left', 'voicemail'],
    ['wrong_number', 'wrong_number'],
    ['disconnected', 'wrong_number'],
  ])('%s without a person reached is %s whatever outcome came with it', (callResult, disposition) => {
    expect(dispositionForCall(callResult, null)).toEqual({ ok: true, value: disposition });
    expect(dispositionForCall(callResult, contact({ doNotCall: true }))).toEqual({
      ok: true,
      value: disposition,
    });
  });

  it.each<[string, Partial<OutcomeFlags>, string]>([
    ['do-not-call', { doNotCall: true }, 'do_not_call'],
    ['callback', { callback: true }, 'call_back'],
    ['not interested', { notInterested: true }, 'not_interested'],
    ['nurture', { nurture: true }, 'not_qualified'],
    ['a bare contact', {}, 'contact_made'],
    ['qualified without an appointment', { qualified: true }, 'contact_made'],
    [
      'do-not-call over every other flag',
      { doNotCall: true, appointment: true, callback: true },
      'do_not_call',
    ],
    [
      'callback over not interested and nurture',
      { callback: true, notInterested: true, nurture: true },
      'call_back',
    ],
    ['not interested over nurture', { notInterested: true, nurture: true }, 'not_interested'],
  ])('a contact with a %s outcome is %s', (_name, flags, disposition) => {
    expect(dispositionForCall('contact_made', contact(flags))).toEqual({ ok: true, value: disposition });
  });

  it.each<[string, Partial<OutcomeFlags>]>([
    ['appointment', { appointment: true }],
    ['appointment with a callback', { appointment: true, callback: true }],
  ])('a contact with an %s outcome is refused: an appointment is booked, not logged', (_name, flags) => {
    expect(dispositionForCall('contact_made', contact(flags))).toMatchObject({
      ok: false,
      error: { code: 'BOOK_THROUGH_CALENDAR' },
    });
  });

  it('a contact without any outcome is refused', () => {
    expect(dispositionForCall('contact_made', null)).toMatchObject({
      ok: false,
      error: { code: 'OUTCOME_REQUIRED' },
    });
  });

  it('every default outcome but the appointment maps to a disposition', () => {
    const mapped = defaultOutcomes.map((o) => {
      const effect = dispositionForCall('contact_made', o.flags);
      return [o.key, effect.ok ? effect.value : effect.error.code];
    });
    expect(Object.fromEntries(mapped)).toEqual({
      interested_callback: 'call_back',
      appointment: 'BOOK_THROUGH_CALENDAR',
      not_interested: 'not_interested',
      not_qualified: 'not_qualified',
      nurture: 'not_qualified',
      do_not_call: 'do_not_call',
    });
  });
});
