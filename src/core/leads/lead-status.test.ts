import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { type Disposition, dispositions, type LeadStatus } from './lead.ts';
import { nextLeadStatus, requireDispositionReason } from './lead-status.ts';

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
