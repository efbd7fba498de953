import { describe, expect, it } from 'vitest';
import {
  type MeetingTypeFormState,
  meetingTypeFormFrom,
  meetingTypeProblems,
  meetingTypeRequest,
} from './meeting-type-form.ts';

describe('meeting type form', () => {
  const fresh = { ...meetingTypeFormFrom(null), name: 'Solar consultation' };

  it('a new meeting type is valid once named', () => {
    expect([...meetingTypeProblems(fresh)]).toEqual([]);
    expect([...meetingTypeProblems(meetingTypeFormFrom(null))]).toEqual(['name']);
  });

  it.each([
    ['a duration under five minutes', { durationMinutes: 4 }, 'durationMinutes'],
    ['a cleared number field', { bufferAfterMinutes: Number.NaN }, 'bufferAfterMinutes'],
    ['a fractional slot step', { slotStepMinutes: 7.5 }, 'slotStepMinutes'],
    ['a horizon over a year', { horizonDays: 366 }, 'horizonDays'],
    ['no way to meet', { locationKinds: [] }, 'locationKinds'],
  ] satisfies [string, Partial<MeetingTypeFormState>, keyof MeetingTypeFormState][])(
    'refuses %s',
    (_title, change, field) => {
      expect([...meetingTypeProblems({ ...fresh, ...change })]).toEqual([field]);
    },
  );

  it('builds the request for the client, trimming the name and skills', () => {
    const request = meetingTypeRequest({ ...fresh, name: ' Demo ', requiredSkills: [' solar ', ''] }, 3);
    expect(request).toMatchObject({ clientId: 3, name: 'Demo', requiredSkills: ['solar'] });
  });
});
