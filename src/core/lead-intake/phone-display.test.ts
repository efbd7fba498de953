import { describe, expect, it } from 'vitest';
import { repBriefing } from '../appointments/notify-texts.ts';
import { displayPhone } from './phone-display.ts';

describe('displayPhone', () => {
  it.each([
    ['a New York number', '+12125550181', undefined, '+1 (212) 555-0181'],
    ['with an extension', '+15035550121', '4', '+1 (503) 555-0121 ext. 4'],
    ['a London number (international format)', '+442079460958', undefined, '+44 20 7946 0958'],
    ['a Serbian mobile', '+381641234567', undefined, '+381 64 1234567'],
    ['something unparsable stays as stored', '+999', undefined, '+999'],
  ])('%s: %s → %s', (_title, e164, extension, shown) => {
    expect(displayPhone(e164, extension)).toBe(shown);
  });

  it('the rep’s briefing (mail and calendar feed) shows the lead’s phone formatted', () => {
    const lines = repBriefing({
      lead: { firstName: 'Woodrow', lastName: 'Hale', company: null, email: null, phone: '+12125550181' },
      appointment: { questionsAsked: null, notes: null },
      rep: { locale: null },
    } as unknown as Parameters<typeof repBriefing>[0]);
    expect(lines).toContain('Phone: +1 (212) 555-0181');
  });
});
