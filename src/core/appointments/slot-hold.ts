import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireRole } from '../access/actor.ts';
import { requireNotHeldByOther } from '../leads/log-attempt.ts';
import { AppError } from '../shared/app-error.ts';
import { loadSlotContext, type SlotsPort } from './find-slots-for-lead.ts';
import { bookingOrder, freeRepsAt, type RecentLoadPort, requireRepWhenChosen } from './slot-free-reps.ts';

/** How long a setter may keep a slot while confirming the details with the lead. */
export const slotHoldMinutes = 2;

export interface NewSlotHold {
  repId: number;
  leadId: number;
  userId: number;
  startsAt: Temporal.Instant;
  /** The meeting with its buffers: what no one else's booking may overlap while the hold lasts. */
  blockedFrom: Temporal.Instant;
  blockedUntil: Temporal.Instant;
  expiresAt: Temporal.Instant;
  now: Temporal.Instant;
}

export interface SlotHoldPort extends SlotsPort, RecentLoadPort {
  /**
   * In one transaction under the rep's lock: refuses (undefined) when a live appointment or
   * another user's live hold overlaps the blocked range; else replaces the user's holds for the
   * lead with this one and returns its id.
   */
  placeHold(hold: NewSlotHold): Promise<number | undefined>;
}

export interface SlotHold {
  id: number;
  repId: number;
  expiresAt: Temporal.Instant;
}

/**
 * Keeps an offered slot for the setter for two minutes while they confirm the details: others
 * are not offered it and their bookings of it get SLOT_TAKEN; the setter's own booking releases
 * it. The rep is picked as a booking would pick it (chosen, owner, round-robin).
 */
export async function holdSlot(
  port: SlotHoldPort,
  actor: Actor,
  input: { leadId: number; meetingTypeId: number; startsAt: Temporal.Instant; repId: number | null },
  now: Temporal.Instant,
): Promise<SlotHold> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const context = await loadSlotContext(port, actor, input.leadId, input.meetingTypeId, input);
  requireNotHeldByOther(context.lead, actor, now);
  requireRepWhenChosen(context, input.repId);
  const { meetingType } = context;
  const candidates = await freeRepsAt(port, context, input.startsAt, now, actor.userId);
  const ordered = await bookingOrder(port, context, candidates, input.repId, now);
  const expiresAt = now.add({ minutes: slotHoldMinutes });
  for (const repId of ordered) {
    const id = await port.placeHold({
      repId,
      leadId: context.lead.id,
      userId: actor.userId,
      startsAt: input.startsAt,
      blockedFrom: input.startsAt.subtract({ minutes: meetingType.bufferBeforeMinutes }),
      blockedUntil: input.startsAt.add({
        minutes: meetingType.durationMinutes + meetingType.bufferAfterMinutes,
      }),
      expiresAt,
      now,
    });
    if (id !== undefined) return { id, repId, expiresAt };
  }
  throw new AppError('SLOT_TAKEN', {
    message: 'This slot was just taken: pick another one',
    field: 'startsAt',
  });
}
