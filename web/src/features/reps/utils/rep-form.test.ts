import { describe, expect, it } from 'vitest';
import type { RepDto } from '../../../../../src/contracts/reps.ts';
import { repFormFromDto, repRequestFromForm, territoryProblems, territorySummary } from './rep-form.ts';

const rep: RepDto = {
  id: 7,
  clientId: 2,
  userId: 41,
  name: 'Rita Reyes',
  email: 'rita@example.test',
  timeZone: 'America/New_York',
  dailyMax: null,
  active: true,
  weeklyHours: [{ weekday: 1, startLocal: '09:00', endLocal: '17:00' }],
  territory: { states: ['NY'], postalPrefixes: ['100'], areaCodes: ['212'] },
  skills: ['solar'],
  overrides: [],
  timeOff: [],
};

describe('rep form', () => {
  it('a new rep starts on weekday office hours in the given zone, active, without a limit', () => {
    const form = repFormFromDto(null, 'America/Chicago');
    expect(form.timeZone).toBe('America/Chicago');
    expect(form.weeklyHours.map((interval) => interval.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(form).toMatchObject({ active: true, dailyMax: '' });
  });

  it('round-trips a saved rep and keeps its login, since a PUT replaces it', () => {
    const request = repRequestFromForm(repFormFromDto(rep, 'UTC'), rep.clientId, rep.userId);
    expect(request).toMatchObject({
      clientId: 2,
      userId: 41,
      dailyMax: null,
      territory: rep.territory,
      weeklyHours: rep.weeklyHours,
    });
  });

  it('upper-cases states, trims entries and drops empty skills', () => {
    const form = { ...repFormFromDto(rep, 'UTC'), states: [' tx '], skills: ['solar', '  '], dailyMax: 4 };
    expect(repRequestFromForm(form, 2, null)).toMatchObject({
      territory: { states: ['TX'] },
      skills: ['solar'],
      dailyMax: 4,
    });
  });

  it('finds the territory entries the API would refuse', () => {
    expect(territoryProblems({ states: ['TX', 'Texas'], areaCodes: ['312', '31', 'abc'] })).toEqual({
      states: ['Texas'],
      areaCodes: ['31', 'abc'],
    });
  });

  it.each([
    ['every kind of entry', rep.territory, 'NY · 100* · 212'],
    ['only states', { states: ['TX', 'OK'], postalPrefixes: [], areaCodes: [] }, 'TX, OK'],
    ['nothing: anywhere', { states: [], postalPrefixes: [], areaCodes: [] }, null],
  ])('summarizes a territory with %s', (_title, territory, expected) => {
    expect(territorySummary(territory)).toBe(expected);
  });
});
