import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { permitLookupsOnce } from './permit-lookups-once.ts';
import type { PermitLookups } from './permits-for.ts';

const since = Temporal.Instant.from('2026-06-10T16:00:00Z');

function recording() {
  const asked: string[][] = [];
  const lookups: PermitLookups = {
    async dncPhones(_org, _client, phones) {
      asked.push(['dnc', ...phones]);
      return new Set(phones.filter((p) => p.endsWith('9')));
    },
    async callsSince(phones) {
      asked.push(['calls', ...phones]);
      return new Map(phones.filter((p) => p.endsWith('1')).map((p) => [p, 3]));
    },
    async lastContactsSince(phones) {
      asked.push(['contacts', ...phones]);
      return new Map(phones.filter((p) => p.endsWith('1')).map((p) => [p, since]));
    },
  };
  return { asked, lookups: permitLookupsOnce(lookups) };
}

describe('permitLookupsOnce', () => {
  it('asks storage only about phones it has not asked about, and answers like storage', async () => {
    const { asked, lookups } = recording();
    expect(await lookups.dncPhones(1, 2, ['+1', '+9'])).toEqual(new Set(['+9']));
    expect(await lookups.dncPhones(1, 2, ['+9'])).toEqual(new Set(['+9']));
    expect(await lookups.dncPhones(1, 2, ['+1', '+5'])).toEqual(new Set());
    expect(await lookups.callsSince?.(['+1', '+5'], since)).toEqual(new Map([['+1', 3]]));
    expect(await lookups.callsSince?.(['+1'], since)).toEqual(new Map([['+1', 3]]));
    expect(await lookups.lastContactsSince?.(['+1', '+5'], since)).toEqual(new Map([['+1', since]]));
    expect(await lookups.lastContactsSince?.(['+5'], since)).toEqual(new Map());
    expect(asked).toEqual([
      ['dnc', '+1', '+9'],
      ['dnc', '+5'],
      ['calls', '+1', '+5'],
      ['contacts', '+1', '+5'],
    ]);
  });

  it('counts since another instant are asked again', async () => {
    const { asked, lookups } = recording();
    await lookups.callsSince?.(['+1'], since);
    await lookups.callsSince?.(['+1'], since.add({ hours: 1 }));
    expect(asked).toEqual([
      ['calls', '+1'],
      ['calls', '+1'],
    ]);
  });
});
