import { describe, expect, it } from 'vitest';
import { scriptProblems } from '../../core/scripts/validate-script.ts';
import { softwareInboundScript, softwareScript, solarInboundScript, solarScript } from './demo-catalog.ts';

describe('the demo scripts', () => {
  it.each([
    ['solar', solarScript],
    ['software', softwareScript],
    ['solar inbound', solarInboundScript],
    ['software inbound', softwareInboundScript],
  ])('%s opens with who is calling and for whom, and every branch lands', (_, sections) => {
    expect(scriptProblems(sections)).toEqual([]);
  });
});
