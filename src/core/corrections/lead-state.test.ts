import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { type Disposition, dispositions } from '../leads/lead.ts';
import { defaultRetryPolicy } from '../leads/retry-policy.ts';
import { latestCallId } from './call-snapshot.ts';
import { type AppointmentFact, type CallFact, type LeadHistory, recomputeLeadState } from './lead-state.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const policy = defaultRetryPolicy;
const created = at('2026-06-01T12:00:00Z');

const call = (
  id: number,
  startedAt: string,
  disposition: Disposition,
  extra: Partial<CallFact> = {},
): CallFact => ({
  id,
  startedAt: at(startedAt),
  disposition,
  callbackId: null,
  callbackDueAt: null,
  undone: false,
  ...extra,
});
const appointment = (
  id: number,
  changedAt: string,
  extra: Partial<AppointmentFact> = {},
): AppointmentFact => ({
  id,
  status: 'scheduled',
  outcome: null,
  changedAt: at(changedAt),
  rebookCallbackId: null,
  ...extra,
});
const history = (overrides: Partial<LeadHistory> = {}): LeadHistory => ({
  calls: [],
  appointments: [],
  onDoNotCallList: false,
  createdAt: created,
  timeZone: 'America/New_York',
  ...overrides,
});

describe('recomputeLeadState', () => {
  it('a lead whose only call was undone is new again, with no attempts, callable from its creation', () => {
    const state = recomputeLeadState(
      history({ calls: [call(1, '2026-06-02T14:00:00Z', 'busy', { undone: true })] }),
      policy,
    );
    expect(state).toEqual({
      status: 'new',
      attemptCount: 0,
      lastAttemptAt: null,
      nextCallAt: created,
      liveCallbackId: null,
    });
  });

  it('busy is retried after the busy gap, counted once', () => {
    const state = recomputeLeadState(history({ calls: [call(1, '2026-06-02T14:00:00Z', 'busy')] }), policy);
    expect(state).toMatchObject({
      status: 'attempting',
      attemptCount: 1,
      nextCallAt: at('2026-06-02T14:15:00Z'),
    });
  });

  it('undoing the call after a callback promise makes that callback the live one again', () => {
    const promised = call(1, '2026-06-02T14:00:00Z', 'call_back', {
      callbackId: 40,
      callbackDueAt: at('2026-06-03T15:00:00Z'),
    });
    const state = recomputeLeadState(
      history({ calls: [promised, call(2, '2026-06-02T16:00:00Z', 'no_answer', { undone: true })] }),
      policy,
    );
    expect(state).toMatchObject({
      status: 'callback',
      liveCallbackId: 40,
      nextCallAt: at('2026-06-03T15:00:00Z'),
    });
  });

  it('a number on a do-not-call list keeps the lead dnc, whatever the calls say, and no callback is live', () => {
    const promised = call(1, '2026-06-02T14:00:00Z', 'call_back', { callbackId: 40 });
    expect(recomputeLeadState(history({ calls: [promised], onDoNotCallList: true }), policy)).toMatchObject({
      status: 'dnc',
      liveCallbackId: null,
      attemptCount: 1,
    });
  });

  it('a do-not-call request whose entry was lifted no longer closes the lead', () => {
    const state = recomputeLeadState(
      history({ calls: [call(1, '2026-06-02T14:00:00Z', 'do_not_call')] }),
      policy,
    );
    expect(state.status).toBe('attempting');
  });

  it('the booking call and its appointment at the same moment: the appointment wins', () => {
    const state = recomputeLeadState(
      history({
        calls: [call(1, '2026-06-02T14:00:00Z', 'appointment_set')],
        appointments: [appointment(5, '2026-06-02T14:00:00Z')],
      }),
      policy,
    );
    expect(state).toMatchObject({ status: 'appointment_set', attemptCount: 1 });
  });

  it.each([
    ['held', null, 'appointment_held'],
    ['held', 'won', 'won'],
    ['held', 'lost', 'lost'],
    ['no_show', null, 'callback'],
    ['cancelled', null, 'attempting'],
    ['confirmed', null, 'appointment_set'],
  ] as const)('an appointment %s (outcome %s) puts the lead at %s', (status, outcome, expected) => {
    const state = recomputeLeadState(
      history({
        appointments: [appointment(5, '2026-06-05T18:00:00Z', { status, outcome, rebookCallbackId: 9 })],
      }),
      policy,
    );
    expect(state.status).toBe(expected);
    expect(state.liveCallbackId).toBe(status === 'no_show' ? 9 : null);
  });

  it('a moved appointment stands for nothing; its successor does', () => {
    const state = recomputeLeadState(
      history({
        appointments: [
          appointment(5, '2026-06-05T18:00:00Z', { status: 'rescheduled' }),
          appointment(6, '2026-06-04T18:00:00Z', { status: 'confirmed' }),
        ],
      }),
      policy,
    );
    expect(state.status).toBe('appointment_set');
  });

  it('a call after the appointment changed decides, as a logged call does', () => {
    const state = recomputeLeadState(
      history({
        calls: [call(2, '2026-06-06T14:00:00Z', 'wrong_number')],
        appointments: [appointment(5, '2026-06-05T18:00:00Z', { status: 'cancelled' })],
      }),
      policy,
    );
    expect(state.status).toBe('bad_number');
  });
});

// Calls at distinct minutes after the lead was created, each possibly undone.
const callsArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 50_000 }), { minLength: 0, maxLength: 8 })
  .chain((minutes) =>
    fc.tuple(
      ...minutes.map((minute, index) =>
        fc.record({
          disposition: fc.constantFrom(...dispositions),
          undone: fc.boolean(),
          minute: fc.constant(minute),
          id: fc.constant(index + 1),
        }),
      ),
    ),
  )
  .map((rows) =>
    rows.map((r) =>
      call(r.id, created.add({ minutes: r.minute }).toString(), r.disposition, {
        undone: r.undone,
        ...(r.disposition === 'call_back'
          ? { callbackId: 100 + r.id, callbackDueAt: created.add({ minutes: r.minute + 60 }) }
          : {}),
      }),
    ),
  );

describe('recomputeLeadState properties', () => {
  it('after any undos, the state is the state of the calls that remain', () => {
    fc.assert(
      fc.property(callsArbitrary, fc.boolean(), (calls, onList) => {
        const withUndone = recomputeLeadState(history({ calls, onDoNotCallList: onList }), policy);
        const remaining = calls.filter((c) => !c.undone).map((c) => ({ ...c }));
        const without = recomputeLeadState(history({ calls: remaining, onDoNotCallList: onList }), policy);
        expect(withUndone).toEqual(without);
        expect(withUndone.attemptCount).toBe(remaining.length);
      }),
    );
  });

  it('the order calls are stored in does not matter: they count in the order they happened', () => {
    fc.assert(
      fc.property(callsArbitrary, (calls) => {
        const forwards = recomputeLeadState(history({ calls }), policy);
        const backwards = recomputeLeadState(history({ calls: calls.toReversed() }), policy);
        expect(backwards).toEqual(forwards);
      }),
    );
  });

  it('undoing the latest call, one after another, walks the lead back to new', () => {
    fc.assert(
      fc.property(callsArbitrary, (generated) => {
        let calls = generated.map((c) => ({ ...c, undone: false }));
        for (;;) {
          const latest = latestCallId({ calls });
          if (latest === null) break;
          calls = calls.map((c) => (c.id === latest ? { ...c, undone: true } : c));
          const remaining = calls.filter((c) => !c.undone);
          expect(recomputeLeadState(history({ calls }), policy)).toEqual(
            recomputeLeadState(history({ calls: remaining }), policy),
          );
        }
        expect(recomputeLeadState(history({ calls }), policy).status).toBe('new');
      }),
    );
  });

  it('a do-not-call list entry always wins and never leaves a live callback', () => {
    fc.assert(
      fc.property(callsArbitrary, (calls) => {
        const state = recomputeLeadState(history({ calls, onDoNotCallList: true }), policy);
        expect(state.status).toBe('dnc');
        expect(state.liveCallbackId).toBeNull();
      }),
    );
  });

  it('the live callback is always the latest remaining call’s own', () => {
    fc.assert(
      fc.property(callsArbitrary, (calls) => {
        const state = recomputeLeadState(history({ calls }), policy);
        const latest = calls.find((c) => c.id === latestCallId({ calls }));
        expect(state.liveCallbackId).toBe(latest?.disposition === 'call_back' ? latest.callbackId : null);
      }),
    );
  });
});
