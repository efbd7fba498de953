import { describe, expect, it } from 'vitest';
import { languageForLocale, linkParts, selfServicePageState } from './page-state.ts';

const now = '2026-06-10T15:00:00.000Z';
const future = '2026-06-12T14:00:00Z';
const past = '2026-06-09T14:00:00Z';

describe('selfServicePageState', () => {
  it.each([
    ['a scheduled appointment ahead can be changed', 'scheduled', true, future, 'open'],
    ['a confirmed one too', 'confirmed', true, future, 'open'],
    ['a moved one points to its new time', 'rescheduled', false, future, 'rescheduled'],
    ['a cancelled one says so', 'cancelled', false, future, 'cancelled'],
    ['a held one has passed', 'held', false, past, 'past'],
    ['a live one whose time has come has passed', 'scheduled', false, past, 'past'],
    ['a live one ahead whose link may no longer change it is locked', 'scheduled', false, future, 'locked'],
  ] as const)('%s', (_title, status, canChange, startsAt, expected) => {
    expect(selfServicePageState({ status, canChange, startsAt }, now)).toBe(expected);
  });
});

describe('languageForLocale', () => {
  it.each([
    ['sr', 'sr'],
    ['sr-Cyrl-RS', 'sr'],
    ['en-US', 'en'],
    ['de', 'en'],
  ] as const)('%s → %s', (locale, expected) => {
    expect(languageForLocale(locale)).toBe(expected);
  });
});

describe('linkParts', () => {
  it('makes the meeting link clickable and leaves the sentence around it as text', () => {
    expect(linkParts('Video call: https://meet.test/abc?x=1. See you')).toEqual([
      { text: 'Video call: ', at: 0 },
      { text: 'https://meet.test/abc?x=1', href: 'https://meet.test/abc?x=1', at: 12 },
      { text: '. See you', at: 37 },
    ]);
  });
  it('leaves a text without an address alone, and never links other schemes', () => {
    expect(linkParts('Phone call: Rita calls +1 212 555 0181')).toEqual([
      { text: 'Phone call: Rita calls +1 212 555 0181', at: 0 },
    ]);
    expect(linkParts('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)', at: 0 }]);
  });
});
