import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.ts';
import type { CallDetailsPort } from '../leads/call-details.ts';
import type { Disposition, Lead } from '../leads/lead.ts';
import { defaultRetryPolicy } from '../leads/retry-policy.ts';
import { correctCall } from './correct-call.ts';
import type { CorrectionPort, CorrectionWriter, NewCorrection, StoredCall } from './correction-ports.ts';
import type { LeadState } from './lead-state.ts';
import { liftDnc } from './lift-dnc.ts';
import { undoCall } from './undo-call.ts';

// The use cases over a fake of their port: one lead, its calls and callbacks in memory.

const at = (iso: string) => Temporal.Instant.from(iso);
const now = at('2026-06-10T16:00:30Z');
const sam: Actor = {
  userId: 7,
  organizationId: 1,
  role: 'setter',
  name: 'Sam',
  email: 'sam@demo.test',
  timeZone: 'America/New_York',
  locale: 'en',
  clientIds: [3],
};
const maya: Actor = { ...sam, userId: 2, role: 'manager', name: 'Maya' };
const lead = {
  id: 11,
  clientId: 3,
  status: 'attempting',
  phones: [{ e164: '+12125550100', type: 'mobile' }],
  createdAt: at('2026-06-01T12:00:00Z'),
  timeZone: 'America/New_York',
} as Lead;

interface Scene {
  port: CorrectionPort;
  callbacks: Map<number, { status: string; dueAt: Temporal.Instant }>;
  dnc: string[];
  corrections: NewCorrection[];
  states: LeadState[];
}

function scene(
  calls: { disposition: Disposition; callbackId?: number; callResult?: string }[],
  dnc: string[] = [],
): Scene {
  const stored: (StoredCall & { callbackId: number | null })[] = calls.map((c, index) => ({
    id: index + 1,
    clientId: 3,
    leadId: lead.id,
    campaignId: null,
    setterId: sam.userId,
    startedAt: at(`2026-06-10T1${index}:00:00Z`),
    createdAt: index === calls.length - 1 ? at('2026-06-10T16:00:00Z') : at(`2026-06-10T1${index}:00:10Z`),
    undone: false,
    disposition: c.disposition,
    callResult: c.callResult ?? null,
    outcomeId: null,
    outcomeLabel: null,
    reasonId: null,
    reasonLabel: null,
    reasonText: null,
    reason: null,
    notes: 'first notes',
    callbackId: c.callbackId ?? null,
  }));
  const s: Scene = {
    callbacks: new Map(),
    dnc: [...dnc],
    corrections: [],
    states: [],
    port: undefined as never,
  };
  for (const c of stored)
    if (c.callbackId) s.callbacks.set(c.callbackId, { status: 'pending', dueAt: at('2026-06-11T15:00:00Z') });
  let nextId = 500;
  const writer: CorrectionWriter = {
    lockLead: async () => lead,
    findCall: async (id) => stored.find((c) => c.id === id),
    lockAppointment: async () => undefined,
    appointmentOutcome: async () => null,
    history: async () => ({
      calls: stored.map((c) => ({
        id: c.id,
        startedAt: c.startedAt,
        disposition: c.disposition,
        callbackId: c.callbackId,
        callbackDueAt: c.callbackId ? (s.callbacks.get(c.callbackId)?.dueAt ?? null) : null,
        undone: c.undone,
      })),
      appointments: [],
      onDoNotCallList: s.dnc.length > 0,
      createdAt: lead.createdAt,
      timeZone: lead.timeZone,
    }),
    retryPolicy: async () => defaultRetryPolicy,
    markUndone: async (id) => {
      const c = stored.find((x) => x.id === id);
      if (c) c.undone = true;
    },
    updateCall: async (id, snapshot) => {
      const c = stored.find((x) => x.id === id);
      if (c) Object.assign(c, snapshot);
    },
    updateAppointment: async () => undefined,
    applyLeadState: async (_lead, state, linked) => {
      s.states.push(state);
      for (const id of linked) {
        const callback = s.callbacks.get(id);
        if (callback && id !== state.liveCallbackId && callback.status === 'pending')
          callback.status = 'cancelled';
      }
      const live = state.liveCallbackId === null ? undefined : s.callbacks.get(state.liveCallbackId);
      if (live) live.status = 'pending';
    },
    lease: async () => true,
    deleteClientDnc: async () => {
      const removed = s.dnc.map((phone) => ({ phone, source: 'call', createdAt: now }));
      s.dnc = [];
      return removed;
    },
    insertCorrection: async (c) => {
      s.corrections.push(c);
      return s.corrections.length;
    },
    insertCallback: async (c) => {
      nextId += 1;
      s.callbacks.set(nextId, { status: 'pending', dueAt: c.dueAt });
      return nextId;
    },
    insertDnc: async (entry) => {
      s.dnc.push(...entry.phones);
    },
    insertEvent: async () => undefined,
  };
  s.port = { details: {} as CallDetailsPort, leaseMinutes: 15, transaction: (work) => work(writer) };
  return s;
}

const edit = (callResult: 'busy' | 'no_answer' | 'wrong_number', extra = {}) => ({
  callResult,
  outcomeId: null,
  reasonId: null,
  reasonText: null,
  notes: null,
  callbackAt: null,
  callbackFor: 'me' as const,
  reason: 'wrong key',
  ...extra,
});

describe('undoCall', () => {
  it('an undone do-not-call keeps the number listed and the lead closed, and is not handed back', async () => {
    const s = scene([{ disposition: 'no_answer' }, { disposition: 'do_not_call' }], ['+12125550100']);
    const result = await undoCall(s.port, sam, 2, null, now);
    expect(result).toMatchObject({ leadStatus: 'dnc', doNotCallKept: true, leased: false });
    expect(s.dnc).toEqual(['+12125550100']);
  });

  it('a booking is not undone: the appointment is cancelled or moved instead', async () => {
    const s = scene([{ disposition: 'appointment_set' }]);
    await expect(undoCall(s.port, sam, 1, null, now)).rejects.toMatchObject({ code: 'CALL_NOT_UNDOABLE' });
    expect(s.corrections).toEqual([]);
  });

  it('undoing the latest call restores the earlier promise and records before and after', async () => {
    const s = scene([{ disposition: 'call_back', callbackId: 40 }, { disposition: 'busy' }]);
    s.callbacks.set(40, { status: 'done', dueAt: at('2026-06-11T15:00:00Z') });
    const result = await undoCall(s.port, sam, 2, '  pressed 2  ', now);
    expect(result.leadStatus).toBe('callback');
    expect(s.callbacks.get(40)?.status).toBe('pending');
    expect(s.corrections[0]).toMatchObject({
      action: 'undo',
      reason: 'pressed 2',
      before: { disposition: 'busy' },
      after: { undone: true },
      fromStatus: 'attempting',
      toStatus: 'callback',
    });
  });
});

describe('correctCall', () => {
  it('a callback call corrected to busy loses its callback', async () => {
    const s = scene([{ disposition: 'call_back', callbackId: 40 }]);
    const result = await correctCall(s.port, sam, 1, edit('busy'), now);
    expect(result.leadStatus).toBe('attempting');
    expect(s.callbacks.get(40)?.status).toBe('cancelled');
  });

  it('an edit of the notes keeps every fact and says what changed', async () => {
    const s = scene([{ disposition: 'busy', callResult: 'busy' }]);
    await correctCall(s.port, sam, 1, edit('busy', { notes: 'better notes' }), now);
    expect(s.corrections[0]).toMatchObject({
      before: { notes: 'first notes' },
      after: { notes: 'better notes', disposition: 'busy' },
    });
  });

  it('nothing changed is refused and leaves no correction', async () => {
    const s = scene([{ disposition: 'busy', callResult: 'busy' }]);
    await expect(
      correctCall(s.port, sam, 1, edit('busy', { notes: 'first notes' }), now),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(s.corrections).toEqual([]);
  });

  it('a booking call is changed through its appointment, even by a manager', async () => {
    const s = scene([{ disposition: 'appointment_set' }]);
    await expect(correctCall(s.port, maya, 1, edit('busy'), now)).rejects.toMatchObject({
      code: 'CALL_NOT_UNDOABLE',
    });
  });

  it('without a reason nothing is read or written', async () => {
    const s = scene([{ disposition: 'busy' }]);
    await expect(correctCall(s.port, sam, 1, edit('no_answer', { reason: '' }), now)).rejects.toMatchObject({
      code: 'CORRECTION_REASON_REQUIRED',
    });
    expect(s.states).toEqual([]);
  });
});

describe('liftDnc', () => {
  it('a setter cannot lift a do-not-call', async () => {
    const s = scene([{ disposition: 'do_not_call' }], ['+12125550100']);
    await expect(liftDnc(s.port, sam, lead.id, 'asked again', now)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(s.dnc).toHaveLength(1);
  });

  it('a manager lifts it with a reason: the lead is recomputed from its calls', async () => {
    const s = scene([{ disposition: 'no_answer' }, { disposition: 'do_not_call' }], ['+12125550100']);
    const result = await liftDnc(s.port, maya, lead.id, 'The prospect asked us to call', now);
    expect(result).toMatchObject({ leadStatus: 'attempting', liftedPhones: ['+12125550100'] });
    expect(s.corrections[0]).toMatchObject({ subject: 'dnc', action: 'lift', toStatus: 'attempting' });
  });

  it('another client’s lead does not exist for the manager', async () => {
    const s = scene([{ disposition: 'do_not_call' }], ['+12125550100']);
    await expect(liftDnc(s.port, { ...maya, clientIds: [4] }, lead.id, 'x', now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
