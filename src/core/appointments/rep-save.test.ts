import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import { anywhere } from '../scheduling/rep-eligibility.ts';
import { AppError } from '../shared/app-error.ts';
import type { RepDetail, RepFields } from './rep.ts';
import { requireDayIntervals, saveRep } from './rep-save.ts';
import type { RepStore } from './rep-store.ts';

const now = Temporal.Instant.from('2026-06-10T16:00:00Z');
const manager: Actor = {
  userId: 1,
  organizationId: 1,
  role: 'manager',
  name: 'Maya',
  email: 'maya@demo.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds: [10],
};
const fields = (overrides: Partial<RepFields> = {}): RepFields => ({
  clientId: 10,
  userId: null,
  name: 'Rita',
  email: 'rita@demo.test',
  timeZone: 'America/New_York',
  dailyMax: null,
  active: true,
  weeklyHours: [{ weekday: 1, startLocal: '09:00', endLocal: '17:00' }],
  territory: anywhere,
  skills: [],
  ...overrides,
});

/** An in-memory store: reps by id, users 1–5 in organization 1. */
function memoryStore(existing: RepDetail[] = []): RepStore & { saved: Map<number, RepFields> } {
  const saved = new Map<number, RepFields>(existing.map((rep) => [rep.id, rep]));
  return {
    saved,
    findRep: async (id) => existing.find((rep) => rep.id === id),
    insertRep: async (rep) => {
      saved.set(100, rep);
      return 100;
    },
    updateRep: async (id, rep) => {
      saved.set(id, rep);
    },
    isUserOfOrganization: async (userId, organizationId) => userId <= 5 && organizationId === 1,
    addTimeOff: async () => 1,
    deleteTimeOff: async () => true,
    saveDateOverride: async () => undefined,
    deleteDateOverride: async () => true,
  };
}

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (error: unknown) => (error instanceof AppError ? `${error.code} ${error.field ?? ''}`.trim() : 'other'),
  );

describe('requireDayIntervals', () => {
  it.each([
    { name: 'one interval', intervals: [['09:00', '17:00']], expected: 'ok' },
    {
      name: 'touching intervals (a slot may span noon)',
      intervals: [
        ['09:00', '12:00'],
        ['12:00', '17:00'],
      ],
      expected: 'ok',
    },
    { name: 'until midnight', intervals: [['20:00', '24:00']], expected: 'ok' },
    { name: 'an end before the start', intervals: [['17:00', '09:00']], expected: 'VALIDATION x.0' },
    { name: 'an empty interval', intervals: [['09:00', '09:00']], expected: 'VALIDATION x.0' },
    {
      name: 'an overlap',
      intervals: [
        ['09:00', '12:00'],
        ['11:59', '13:00'],
      ],
      expected: 'VALIDATION x.1',
    },
    { name: 'a start at 24:00', intervals: [['24:00', '24:00']], expected: 'VALIDATION x.0.startLocal' },
  ])('$name → $expected', async ({ intervals, expected }) => {
    const list = intervals.map(([startLocal = '', endLocal = '']) => ({ startLocal, endLocal }));
    expect(await codeOf(Promise.resolve().then(() => requireDayIntervals(list, 'x')))).toBe(expected);
  });

  it('weekly intervals overlap only within their own weekday', () => {
    expect(() =>
      requireDayIntervals(
        [
          { weekday: 1, startLocal: '09:00', endLocal: '17:00' },
          { weekday: 2, startLocal: '09:00', endLocal: '17:00' },
        ],
        'weeklyHours',
      ),
    ).not.toThrow();
  });
});

describe('saveRep', () => {
  const stored: RepDetail = { ...fields(), id: 7, overrides: [], timeOff: [] };

  it('stores the canonical zone and a clean territory', async () => {
    const store = memoryStore();
    const id = await saveRep(
      store,
      manager,
      null,
      fields({
        timeZone: 'america/los_angeles',
        territory: { states: [' ca', 'CA'], postalPrefixes: ['m5v '], areaCodes: ['415'] },
        skills: [' Solar ', 'Solar', ''],
      }),
      now,
    );
    expect(store.saved.get(id)).toMatchObject({
      timeZone: 'America/Los_Angeles',
      territory: { states: ['CA'], postalPrefixes: ['M5V'], areaCodes: ['415'] },
      skills: ['Solar'],
    });
  });

  it.each([
    {
      name: 'an unknown zone',
      actor: manager,
      repId: null,
      input: { timeZone: 'Mars/Base' },
      expected: 'VALIDATION timeZone',
    },
    {
      name: 'a user of another organization',
      actor: manager,
      repId: null,
      input: { userId: 9 },
      expected: 'VALIDATION userId',
    },
    {
      name: 'another client of the actor’s',
      actor: manager,
      repId: null,
      input: { clientId: 11 },
      expected: 'NOT_FOUND',
    },
    {
      name: 'a setter',
      actor: { ...manager, role: 'setter' as const },
      repId: null,
      input: {},
      expected: 'FORBIDDEN',
    },
    {
      name: 'a move to another client',
      actor: { ...manager, clientIds: [10, 11] },
      repId: 7,
      input: { clientId: 11 },
      expected: 'VALIDATION clientId',
    },
    { name: 'a rep that does not exist', actor: manager, repId: 8, input: {}, expected: 'NOT_FOUND' },
  ])('refuses $name', async ({ actor, repId, input, expected }) => {
    expect(await codeOf(saveRep(memoryStore([stored]), actor, repId, fields(input), now))).toBe(expected);
  });
});
