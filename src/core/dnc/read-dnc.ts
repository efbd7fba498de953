import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import type { DncEntry, DncList } from './dnc.ts';
import { requireDncPhone } from './dnc-phone.ts';
import type { DncStore } from './dnc-store.ts';

/** The do-not-call lists that apply to a client (its own and the organization-wide ones), newest first. */
export async function listDncLists(store: DncStore, actor: Actor, clientId: number): Promise<DncList[]> {
  requireRole(actor, ['manager', 'admin']);
  requireClientAccess(actor, clientId, 'Client');
  return store.listsFor(actor.organizationId, clientId);
}

/**
 * Whether a number may be called for a client: the entries of the client and of the whole
 * organization holding it. Anyone working for the client may ask.
 */
export async function checkDncPhone(
  store: DncStore,
  actor: Actor,
  input: { phone: string; clientId: number },
): Promise<{ phone: string; blocked: boolean; entries: DncEntry[] }> {
  requireClientAccess(actor, input.clientId, 'Client');
  const phone = await requireDncPhone(store, actor.organizationId, input.clientId, input.phone);
  const entries = await store.entriesFor(actor.organizationId, input.clientId, phone);
  return { phone, blocked: entries.length > 0, entries };
}
