import type { Temporal } from 'temporal-polyfill';
import type { KnowledgeKind } from '../../contracts/objections.ts';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { Objection, ObjectionResponse } from './objection.ts';

/** An objection as a manager writes it. */
export interface ObjectionInput {
  /** Default: an objection. */
  kind?: KnowledgeKind;
  title: string;
  keywords: string[];
  responses: ObjectionResponse[];
  /** Null: at the end of the library (new) or where it was (edit). */
  position: number | null;
  active: boolean;
}

export interface ObjectionsPort {
  listObjections(clientId: number, includeRetired: boolean): Promise<Objection[]>;
  findObjection(id: number): Promise<Objection | undefined>;
  insertObjection(clientId: number, input: ObjectionInput, now: Temporal.Instant): Promise<number>;
  updateObjection(id: number, input: ObjectionInput, now: Temporal.Instant): Promise<void>;
  retireObjection(id: number, now: Temporal.Instant): Promise<void>;
}

/**
 * The client's library for any of its users, by position; retired ones only when asked for; of
 * one kind (objections, questions, facts) when given.
 */
export async function listObjections(
  port: ObjectionsPort,
  actor: Actor,
  clientId: number,
  includeRetired: boolean,
  kind?: KnowledgeKind,
): Promise<Objection[]> {
  requireClientAccess(actor, clientId, 'Client');
  const items = await port.listObjections(clientId, includeRetired);
  return kind === undefined ? items : items.filter((item) => item.kind === kind);
}

export async function createObjection(
  port: ObjectionsPort,
  actor: Actor,
  clientId: number,
  input: ObjectionInput,
  now: Temporal.Instant,
): Promise<Objection> {
  requireClientAccess(actor, clientId, 'Client');
  requireRole(actor, ['manager', 'admin']);
  const id = await port.insertObjection(clientId, cleanObjection(input), now);
  return getObjection(port, id);
}

export async function updateObjection(
  port: ObjectionsPort,
  actor: Actor,
  id: number,
  input: ObjectionInput,
  now: Temporal.Instant,
): Promise<Objection> {
  await requireManagedObjection(port, actor, id);
  await port.updateObjection(id, cleanObjection(input), now);
  return getObjection(port, id);
}

/** Retires an objection: it leaves the library, while the calls where it came up keep it. */
export async function retireObjection(
  port: ObjectionsPort,
  actor: Actor,
  id: number,
  now: Temporal.Instant,
): Promise<void> {
  await requireManagedObjection(port, actor, id);
  await port.retireObjection(id, now);
}

async function requireManagedObjection(port: ObjectionsPort, actor: Actor, id: number): Promise<Objection> {
  const objection = await port.findObjection(id);
  if (!objection) throw notFound('Objection');
  requireClientAccess(actor, objection.clientId, 'Objection');
  requireRole(actor, ['manager', 'admin']);
  return objection;
}

async function getObjection(port: ObjectionsPort, id: number): Promise<Objection> {
  const objection = await port.findObjection(id);
  if (!objection) throw notFound('Objection');
  return objection;
}

/**
 * Response ids are unique within an objection (counts are kept by them); keywords are kept once
 * each, case aside.
 */
export function cleanObjection(input: ObjectionInput): ObjectionInput {
  const ids = new Set<string>();
  for (const [index, response] of input.responses.entries()) {
    if (ids.has(response.id)) {
      throw new AppError('VALIDATION', {
        message: `The response id “${response.id}” is used twice`,
        field: `responses.${index}.id`,
      });
    }
    ids.add(response.id);
  }
  const keywords = new Map<string, string>();
  for (const keyword of input.keywords) {
    const key = keyword.trim().toLowerCase();
    if (!keywords.has(key)) keywords.set(key, keyword.trim());
  }
  return {
    ...input,
    title: input.title.trim(),
    keywords: [...keywords.values()].filter(Boolean),
    responses: input.responses.map((r) => ({ id: r.id, text: r.text.trim() })),
  };
}
