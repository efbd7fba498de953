import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import {
  type CorrectableCall,
  editProblem,
  requireCorrectionReason,
  requireNoProblem,
  undoProblem,
} from './correction-rules.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const sam = { userId: 7, role: 'setter' as const };
const call = (overrides: Partial<CorrectableCall> = {}): CorrectableCall => ({
  setterId: 7,
  startedAt: at('2026-06-10T09:58:00Z'),
  createdAt: at('2026-06-10T10:00:00Z'),
  undone: false,
  ...overrides,
});

describe('undoProblem', () => {
  it.each([
    ['the setter’s own latest call 8 s after saving is undone', sam, call(), true, '10:00:08', null],
    ['exactly 60 s after saving is still in time', sam, call(), true, '10:01:00', null],
    ['61 s after saving is too late: edit it instead', sam, call(), true, '10:01:01', 'UNDO_WINDOW_PASSED'],
    [
      'another setter’s call is not theirs to undo',
      { ...sam, userId: 8 },
      call(),
      true,
      '10:00:05',
      'NOT_YOUR_CALL',
    ],
    [
      'a manager does not undo a setter’s call (they edit it)',
      { userId: 1, role: 'manager' as const },
      call(),
      true,
      '10:00:05',
      'NOT_YOUR_CALL',
    ],
    ['an earlier call on the lead is not undone', sam, call(), false, '10:00:05', 'CALL_NOT_UNDOABLE'],
    ['a call is undone once', sam, call({ undone: true }), true, '10:00:05', 'CALL_NOT_UNDOABLE'],
  ])('%s', (_title, actor, subject, isLatest, time, code) => {
    expect(undoProblem(actor, subject, isLatest, at(`2026-06-10T${time}Z`))?.code ?? null).toBe(code);
  });

  it('the window counts from saving, not from the start of the call', () => {
    const long = call({ startedAt: at('2026-06-10T09:30:00Z') });
    expect(undoProblem(sam, long, true, at('2026-06-10T10:00:30Z'))).toBeNull();
  });
});

describe('editProblem', () => {
  it.each([
    ['a setter edits their own call 23 h 59 min later', sam, call(), '2026-06-11T09:57:00Z', null],
    ['exactly 24 h after the call is still in time', sam, call(), '2026-06-11T09:58:00Z', null],
    [
      'a minute past 24 h the setter asks a manager',
      sam,
      call(),
      '2026-06-11T09:59:00Z',
      'EDIT_WINDOW_PASSED',
    ],
    [
      'a setter never edits another setter’s call',
      { ...sam, userId: 8 },
      call(),
      '2026-06-10T10:05:00Z',
      'NOT_YOUR_CALL',
    ],
    [
      'a manager edits any call, a week later',
      { userId: 1, role: 'manager' as const },
      call(),
      '2026-06-17T10:00:00Z',
      null,
    ],
    [
      'an admin edits any call',
      { userId: 2, role: 'admin' as const },
      call({ setterId: 9 }),
      '2026-07-01T10:00:00Z',
      null,
    ],
    ['a rep edits no call', { userId: 7, role: 'rep' as const }, call(), '2026-06-10T10:05:00Z', 'FORBIDDEN'],
    [
      'an undone call is not edited, not even by a manager',
      { userId: 1, role: 'manager' as const },
      call({ undone: true }),
      '2026-06-10T10:05:00Z',
      'CALL_NOT_UNDOABLE',
    ],
  ])('%s', (_title, actor, subject, now, code) => {
    expect(editProblem(actor, subject, at(now))?.code ?? null).toBe(code);
  });
});

describe('requireCorrectionReason', () => {
  it('keeps the reason trimmed', () => {
    expect(requireCorrectionReason('  wrong key  ')).toBe('wrong key');
  });

  it.each([[''], ['   '], [null], [undefined]])(
    'refuses %j with CORRECTION_REASON_REQUIRED on `reason`',
    (reason) => {
      expect(() => requireCorrectionReason(reason)).toThrow(
        expect.objectContaining({ code: 'CORRECTION_REASON_REQUIRED', field: 'reason' }),
      );
    },
  );
});

describe('requireNoProblem', () => {
  it('throws the problem’s code as an AppError, and nothing without one', () => {
    expect(() => requireNoProblem(null)).not.toThrow();
    const thrown = (() => {
      try {
        requireNoProblem({ code: 'UNDO_WINDOW_PASSED', message: 'late' });
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'UNDO_WINDOW_PASSED', field: 'attemptId' });
  });
});
