import type { Temporal } from 'temporal-polyfill';

/**
 * Where a do-not-call number applies: one client's leads, or (clientId null) the leads of every
 * client of the organization.
 */
export interface DncScope {
  organizationId: number;
  clientId: number | null;
}

/** One uploaded do-not-call list: a registry download, a client's suppression file. */
export interface DncList {
  id: number;
  organizationId: number;
  clientId: number | null;
  source: string;
  /** The date the list was issued, as its source states it (ISO date). */
  listDate: string;
  fileName: string | null;
  entryCount: number;
  createdAt: Temporal.Instant;
}

/** One number that must not be called, from a list or added by hand. */
export interface DncEntry {
  id: number;
  organizationId: number;
  clientId: number | null;
  /** E.164. */
  phone: string;
  source: string;
  listId: number | null;
  createdAt: Temporal.Instant;
}

/** Who put numbers on do-not-call, when and from where: recorded on every lead it closes. */
export interface DncFlagging {
  actorUserId: number;
  source: string;
  listId: number | null;
  now: Temporal.Instant;
}
