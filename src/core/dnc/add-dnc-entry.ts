import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../access/actor.ts';
import type { DncEntry } from './dnc.ts';
import { requireDncPhone } from './dnc-phone.ts';
import { requireDncScope, scopeRequestOf } from './dnc-scope.ts';
import type { DncStore } from './dnc-store.ts';

export interface AddDncEntryInput {
  phone: string;
  /** Absent: the whole organization (admins only). */
  clientId?: number | undefined;
  source: string;
}

/**
 * One number put on do-not-call by hand (a request by phone, mail or in person), applied at once
 * to the leads in scope. A number already on an entry of the same scope is not added twice; the
 * existing entry is answered and the leads are still checked.
 */
export async function addDncEntry(
  store: DncStore,
  actor: Actor,
  input: AddDncEntryInput,
  now: Temporal.Instant,
): Promise<{ entry: DncEntry; leadsFlagged: number }> {
  const scope = requireDncScope(actor, scopeRequestOf(input.clientId));
  const phone = await requireDncPhone(store, scope.organizationId, scope.clientId, input.phone);
  return store.transaction(async (writer) => {
    const entry =
      (await writer.findEntry(scope, phone)) ??
      (await writer.insertEntry(
        { scope, source: input.source, listId: null, createdByUserId: actor.userId, now },
        phone,
      ));
    const leadsFlagged = await writer.flagLeads(scope, new Set([phone]), {
      actorUserId: actor.userId,
      source: input.source,
      listId: null,
      now,
    });
    return { entry, leadsFlagged };
  });
}
