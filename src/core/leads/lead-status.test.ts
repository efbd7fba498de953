import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { type Disposition, dispositions, type LeadStatus } from './lead.ts';
import { nextLeadStatus, requireDispositionReason, retryAt } from './lead-status.ts';

describe('nextLeadStatus', () => {
  const table: [LeadStatus, Disposition, LeadStatus][] = [
    ['new', 'no_answer', 'attempting'],
    ['new', 'voicemail', 'attempting'],
    ['attempting', 'busy', 'attempting'],
    // The callback was tried: it is closed, and the lead goes back to the ordered queue.
    ['callback', 'no_answer', 'attempting'],
    ['new', 'wrong_number', 'bad_number'],
    ['attempting', 'call_back', 'callback'],
    ['new', 'not_interested', 'not_interested'],
    ['attempting', 'not_qualified', 'nurture'],
    ['callback', 'appointment_set', 'appointment_set'],
    ['new', 'do_not_call', 'dnc'],
  ];
  it.each(table)('a %s lead dispositioned %s becomes %s', (from, disposition, to) => {
    expect(nextLeadStatus(from, disposition)).toBe(to);
  });

  it('has a next status for every disposition', () => {
    for (const disposition of dispositions) expect(nextLeadStatus('new', disposition)).toBeTypeOf('string');
  });
});

describe('requireDispositionReason', () => {
  it.each(['not_interested', 'not_qualified'] as const)(
    'refuses %s without a reason, naming the field',
    (d) => {
      expect(() => requireDispositionReason(d, '  ')).toThrow(AppError);
      try {
        requireDispositionReason(d, undefined);
      } catch (error) {
        expect((error as AppError).field).toBe('reason');
      }
    },
  );

  it('accepts a reason, and outcomes that need none', () => {
    expect(() => requireDispositionReason('not_interested', 'Already has solar')).not.toThrow();
    expect(() => requireDispositionReason('no_answer', null)).not.toThrow();
  });
});

describe('retryAt', () => {
  const now = Temporal.Instant.from('2026-06-01T15:00:00Z');
  it('waits 2 hours after no answer, 15 minutes after busy, a day after a voicemail', () => {
    expect(retryAt('no_answer', now, null).toString()).toBe('2026-06-01T17:00:00Z');
    expect(retryAt('busy', now, null).toString()).toBe('2026-06-01T15:15:00Z');
    expect(retryAt('voicemail', now, null).toString()).toBe('2026-06-02T15:00:00Z');
  });

  it('brings a callback back at its own time', () => {
    const at = Temporal.Instant.from('2026-06-03T09:30:00Z');
    expect(retryAt('call_back', now, at)).toEqual(at);
  });
});
