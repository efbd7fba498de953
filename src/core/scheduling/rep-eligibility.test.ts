import { describe, expect, it } from 'vitest';
import {
  anywhere,
  areaCodeOf,
  type EligibleRepCandidate,
  eligibleReps,
  isInTerritory,
  type LeadPlace,
  ownerFirst,
  type Territory,
} from './rep-eligibility.ts';

const territory = (overrides: Partial<Territory>): Territory => ({ ...anywhere, ...overrides });
const austin: LeadPlace = { state: 'TX', postalCode: '78701', phone: '+15125550100' };

describe('isInTerritory', () => {
  it.each([
    { name: 'an empty territory is anywhere', territory: anywhere, lead: austin, expected: true },
    { name: 'the lead’s state', territory: territory({ states: ['TX'] }), lead: austin, expected: true },
    {
      name: 'a state written in lower case still matches',
      territory: territory({ states: ['ca'] }),
      lead: { ...austin, state: ' CA ' },
      expected: true,
    },
    { name: 'another state', territory: territory({ states: ['OK'] }), lead: austin, expected: false },
    {
      name: 'a postal-code prefix',
      territory: territory({ postalPrefixes: ['787'] }),
      lead: austin,
      expected: true,
    },
    {
      name: 'a Canadian postal prefix ignores spaces and case',
      territory: territory({ postalPrefixes: ['m5v'] }),
      lead: { state: 'ON', postalCode: 'M5V 2T6', phone: '+14165550100' },
      expected: true,
    },
    {
      name: 'a lead without a postal code does not match a prefix',
      territory: territory({ postalPrefixes: ['787'] }),
      lead: { ...austin, postalCode: null },
      expected: false,
    },
    {
      name: 'the phone’s area code',
      territory: territory({ areaCodes: ['512'] }),
      lead: austin,
      expected: true,
    },
    {
      name: 'a lead in no state and another area code is outside an area-code territory',
      territory: territory({ areaCodes: ['212'] }),
      lead: { state: null, postalCode: null, phone: '+15125550100' },
      expected: false,
    },
    {
      name: 'any one of the three lists is enough',
      territory: territory({ states: ['NY'], postalPrefixes: ['100'], areaCodes: ['512'] }),
      lead: austin,
      expected: true,
    },
    {
      name: 'a non-North-American phone has no area code',
      territory: territory({ areaCodes: ['207'] }),
      lead: { state: null, postalCode: null, phone: '+442071234567' },
      expected: false,
    },
  ])('$name', ({ territory: t, lead, expected }) => {
    expect(isInTerritory(t, lead)).toBe(expected);
  });
});

describe('areaCodeOf', () => {
  it.each([
    { phone: '+12125550123', expected: '212' },
    { phone: '+1 (305) 555-0100', expected: '305' },
    { phone: '+11235550100', expected: null },
    { phone: '+442071234567', expected: null },
    { phone: '2125550123', expected: null },
  ])('$phone → $expected', ({ phone, expected }) => {
    expect(areaCodeOf(phone)).toBe(expected);
  });
});

describe('eligibleReps', () => {
  const rep = (id: number, overrides: Partial<EligibleRepCandidate> = {}): EligibleRepCandidate => ({
    id,
    active: true,
    territory: anywhere,
    skills: [],
    ...overrides,
  });
  const reps = [
    rep(1, { territory: territory({ states: ['TX'] }), skills: ['Solar', 'Batteries'] }),
    rep(2, { territory: territory({ states: ['CA'] }), skills: ['solar'] }),
    rep(3, { skills: [' SOLAR '] }),
    rep(4, { active: false }),
    rep(5),
  ];
  const ids = (found: EligibleRepCandidate[]) => found.map((r) => r.id);

  it.each([
    {
      name: 'no rules: every active rep whose territory holds the lead',
      rules: {},
      only: null,
      expected: [1, 3, 5],
    },
    {
      name: 'a required skill, compared without case or spaces',
      rules: { requiredSkills: ['solar'] },
      only: null,
      expected: [1, 3],
    },
    {
      name: 'every required skill is needed',
      rules: { requiredSkills: ['Solar', 'batteries'] },
      only: null,
      expected: [1],
    },
    {
      name: 'the meeting type’s reps restrict the choice',
      rules: { repIds: [2, 3, 4] },
      only: null,
      expected: [3],
    },
    { name: 'a chosen rep alone', rules: {}, only: 5, expected: [5] },
    { name: 'a chosen rep outside the territory: nobody', rules: {}, only: 2, expected: [] },
    { name: 'an inactive chosen rep: nobody', rules: {}, only: 4, expected: [] },
  ])('$name', ({ rules, only, expected }) => {
    const found = eligibleReps(reps, { repIds: [], requiredSkills: [], ...rules }, austin, only);
    expect(ids(found)).toEqual(expected);
  });
});

describe('ownerFirst', () => {
  it.each([
    { repIds: [2, 5, 9], owner: 9, expected: [9, 2, 5] },
    { repIds: [2, 5, 9], owner: 2, expected: [2, 5, 9] },
    { repIds: [2, 5], owner: 9, expected: [2, 5] },
    { repIds: [2, 5], owner: null, expected: [2, 5] },
    { repIds: [], owner: 3, expected: [] },
  ])('$repIds with owner $owner → $expected', ({ repIds, owner, expected }) => {
    expect(ownerFirst(repIds, owner)).toEqual(expected);
  });
});
