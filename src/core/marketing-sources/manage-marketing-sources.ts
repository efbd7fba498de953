import type { Temporal } from 'temporal-polyfill';
import type { MarketingSourceKind } from '../../contracts/marketing-sources.ts';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { type MarketingSource, sourceCodeKey } from './marketing-source.ts';

export interface MarketingSourceInput {
  code: string;
  label: string;
  kind: MarketingSourceKind;
  active: boolean;
}

export interface MarketingSourcesPort {
  listSources(clientId: number): Promise<MarketingSource[]>;
  findSource(id: number): Promise<MarketingSource | undefined>;
  insertSource(
    clientId: number,
    input: MarketingSourceInput & { codeKey: string },
    now: Temporal.Instant,
  ): Promise<number>;
  updateSource(
    id: number,
    input: MarketingSourceInput & { codeKey: string },
    now: Temporal.Instant,
  ): Promise<void>;
}

/** The client's sources, retired ones included (they stay readable on old calls), by code. */
export async function listMarketingSources(
  port: MarketingSourcesPort,
  actor: Actor,
  clientId: number,
): Promise<MarketingSource[]> {
  requireClientAccess(actor, clientId, 'Client');
  return (await port.listSources(clientId)).sort((a, b) => a.code.localeCompare(b.code));
}

/** Adds a source (manager, admin); a code the client already has, in any spelling, is refused. */
export async function createMarketingSource(
  port: MarketingSourcesPort,
  actor: Actor,
  clientId: number,
  input: MarketingSourceInput,
  now: Temporal.Instant,
): Promise<MarketingSource> {
  requireClientAccess(actor, clientId, 'Client');
  requireRole(actor, ['manager', 'admin']);
  const clean = cleanSource(input);
  await requireFreeCode(port, clientId, clean.codeKey, null);
  const id = await port.insertSource(clientId, clean, now);
  return requireSource(port, id);
}

/** Edits a source (manager, admin): its code, label, kind, or retires it (`active: false`). */
export async function updateMarketingSource(
  port: MarketingSourcesPort,
  actor: Actor,
  id: number,
  input: MarketingSourceInput,
  now: Temporal.Instant,
): Promise<MarketingSource> {
  const source = await requireSource(port, id);
  requireClientAccess(actor, source.clientId, 'Marketing source');
  requireRole(actor, ['manager', 'admin']);
  const clean = cleanSource(input);
  await requireFreeCode(port, source.clientId, clean.codeKey, id);
  await port.updateSource(id, clean, now);
  return requireSource(port, id);
}

/**
 * The source a call names, checked: it must be one of the lead's client's active sources, else
 * 400 naming `marketingSourceId` (another client's source would attribute the call wrongly).
 */
export async function requireNamedSource(
  port: Pick<MarketingSourcesPort, 'findSource'>,
  clientId: number,
  id: number | null,
): Promise<number | null> {
  if (id === null) return null;
  const source = await port.findSource(id);
  if (!source || source.clientId !== clientId || !source.active) {
    throw new AppError('VALIDATION', {
      message: 'The marketing source is not one of the client’s active sources',
      field: 'marketingSourceId',
    });
  }
  return id;
}

function cleanSource(input: MarketingSourceInput): MarketingSourceInput & { codeKey: string } {
  const code = input.code.trim().replace(/\s+/gu, ' ');
  const label = input.label.trim().replace(/\s+/gu, ' ');
  const codeKey = sourceCodeKey(code);
  if (codeKey === '') {
    throw new AppError('VALIDATION', {
      message: 'A source needs a code with letters or digits',
      field: 'code',
    });
  }
  return { ...input, code, label: label === '' ? code : label, codeKey };
}

async function requireFreeCode(
  port: MarketingSourcesPort,
  clientId: number,
  codeKey: string,
  exceptId: number | null,
): Promise<void> {
  const taken = (await port.listSources(clientId)).find(
    (source) => source.id !== exceptId && sourceCodeKey(source.code) === codeKey,
  );
  if (taken) {
    throw new AppError('CONFLICT', {
      message: `The client already has the source code ${taken.code}`,
      field: 'code',
      details: { sourceId: taken.id },
    });
  }
}

async function requireSource(port: MarketingSourcesPort, id: number): Promise<MarketingSource> {
  const source = await port.findSource(id);
  if (!source) throw notFound('Marketing source');
  return source;
}
