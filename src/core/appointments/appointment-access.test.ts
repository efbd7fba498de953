import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { Role } from '../leads/lead.ts';
import { type AppointmentAction, requireMayChange } from './appointment-access.ts';
import type { Appointment } from './appointment-state.ts';

const at = Temporal.Instant.from('2026-06-12T14:00:00Z');
const appointment = { id: 1, clientId: 10, repUserId: 50, setterId: 40, startsAt: at } as Appointment;
const actor = (role: Role, userId: number, clientIds = [10]): Actor => ({
  userId,
  organizationId: 1,
  role,
  name: role,
  email: `${role}@example.com`,
  timeZone: 'UTC',
  locale: 'en',
  clientIds,
});

const outcome = (role: Role, userId: number, action: AppointmentAction, clientIds?: number[]) => {
  try {
    requireMayChange({ kind: 'user', actor: actor(role, userId, clientIds) }, appointment, action);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('requireMayChange', () => {
  it.each([
    ['the appointment’s rep marks it', 'rep', 50, 'mark', 'ok'],
    ['the appointment’s rep records the outcome', 'rep', 50, 'outcome', 'ok'],
    ['another rep does not even see it', 'rep', 51, 'mark', 'NOT_FOUND'],
    ['a manager cancels', 'manager', 2, 'cancel', 'ok'],
    ['an admin records the outcome', 'admin', 1, 'outcome', 'ok'],
    ['a setter may not mark it held', 'setter', 40, 'mark', 'FORBIDDEN'],
    ['a setter may not cancel it', 'setter', 40, 'cancel', 'FORBIDDEN'],
    ['a setter confirms', 'setter', 41, 'confirm', 'ok'],
    ['a setter reschedules', 'setter', 41, 'reschedule', 'ok'],
    ['the rep may not reschedule (booking is a setter’s job)', 'rep', 50, 'reschedule', 'FORBIDDEN'],
  ] as const)('%s', (_title, role, userId, action, expected) => {
    expect(outcome(role, userId, action)).toBe(expected);
  });

  it('a user of another client gets NOT_FOUND, never FORBIDDEN', () => {
    expect(outcome('manager', 2, 'cancel', [11])).toBe('NOT_FOUND');
  });

  it.each([
    ['confirm', true],
    ['cancel', true],
    ['reschedule', true],
    ['mark', false],
    ['outcome', false],
  ] as const)('the lead through the link: %s → %s', (action, allowed) => {
    const attempt = () => requireMayChange({ kind: 'lead' }, appointment, action);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(/Only the rep/);
  });
});
