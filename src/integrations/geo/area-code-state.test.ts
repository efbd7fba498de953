import { beforeAll, describe, expect, it } from 'vitest';
import { type AreaCodeStates, createAreaCodeStates, stateOfPlace } from './area-code-state.ts';

let areaCodes: AreaCodeStates;
beforeAll(async () => {
  areaCodes = await createAreaCodeStates();
});

describe('createAreaCodeStates', () => {
  it.each([
    ['Denver 303', '+13035550100', 'CO'],
    ['Manhattan 212', '+12125550100', 'NY'],
    ['Hawaii 808', '+18085550100', 'HI'],
    ['Miami 305', '+13055550100', 'FL'],
    ['Houston 713', '+17135550100', 'TX'],
    ['Washington, D.C. 202', '+12025550100', 'DC'],
    ['Seattle 206 ("Washington State")', '+12065550100', 'WA'],
    ['St. Croix 340', '+13405550100', 'VI'],
    ['without the plus', '13035550100', 'CO'],
  ])('%s → %s', (_title, e164, state) => {
    expect(areaCodes.stateByPhone(e164)).toBe(state);
  });

  it.each([
    ['Toronto 416', '+14165550100'],
    ['Nassau, Bahamas 242', '+12425550100'],
    ['Dominican Republic 809', '+18095550100'],
    ['an unassigned area code', '+19995550100'],
    ['a number that is not +1', '+442071234567'],
    ['a +1 number too short', '+1303555010'],
    ['not a number', 'call me'],
  ])('%s → null', (_title, e164) => {
    expect(areaCodes.stateByPhone(e164)).toBeNull();
  });

  it('an area code whose entries name two states is left unknown (201: New Jersey, one exchange listed as New York)', () => {
    expect(areaCodes.stateByPhone('+12015550100')).toBeNull();
  });
});

describe('stateOfPlace', () => {
  it.each([
    ['Colorado', 'CO'],
    ['Denver, CO', 'CO'],
    ['Washington State', 'WA'],
    ['Washington D.C.', 'DC'],
    ['Ontario', null],
    ['Toronto, ON', null],
    ['New Providence', null],
    ['Tamuning', null],
    ['Fort Lee, Bergen', null],
  ])('%s → %s', (place, state) => {
    expect(stateOfPlace(place)).toBe(state);
  });
});
