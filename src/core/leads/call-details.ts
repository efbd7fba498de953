import type { Actor } from '../access/actor.ts';
import type { CallResult, Outcome, OutcomeReason } from '../dispositions/outcome.ts';
import type { AttemptObjection, Objection } from '../objections/objection.ts';
import { requireAttemptObjections } from '../objections/require-attempt-objections.ts';
import { AppError } from '../shared/app-error.ts';
import type { Lead } from './lead.ts';

/** The script in front of the setter during the call, as the call screen reports it. */
export interface ScriptUseInput {
  scriptId: number | null;
  /** The company version read; null: the script's current version. */
  scriptVersion: number | null;
  /** The setter's own approved wording, if they read it. */
  scriptVariantId: number | null;
}

/** What an attempt records beside its single-level disposition (all null for a call logged the old way). */
export interface AttemptDetails {
  callResult: CallResult | null;
  outcomeId: number | null;
  reasonId: number | null;
  reasonText: string | null;
  scriptId: number | null;
  scriptVersion: number | null;
  scriptVariantId: number | null;
}

export const noAttemptDetails: AttemptDetails = {
  callResult: null,
  outcomeId: null,
  reasonId: null,
  reasonText: null,
  scriptId: null,
  scriptVersion: null,
  scriptVariantId: null,
};

/** Reads of the client's outcomes, reasons, objections and scripts a logged call is checked against. */
export interface CallDetailsPort {
  findOutcome(id: number): Promise<Outcome | undefined>;
  findOutcomeReason(id: number): Promise<OutcomeReason | undefined>;
  /** The client's first active outcome with the appointment flag (by position): a booking's outcome. */
  appointmentOutcome(clientId: number): Promise<Outcome | undefined>;
  findObjections(ids: readonly number[]): Promise<Objection[]>;
  findScript(id: number): Promise<{ clientId: number; version: number } | undefined>;
  hasScriptVersion(scriptId: number, version: number): Promise<boolean>;
  findScriptVariant(id: number): Promise<{ scriptId: number; userId: number } | undefined>;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', { message, field });

/**
 * The script a call names, checked: a script of the lead's client, a version it has (its current
 * one when none is named) and a variant of that script written by the caller. Another client's
 * script answers like an unknown one.
 */
export async function requireScriptUse(
  port: CallDetailsPort,
  use: ScriptUseInput | null | undefined,
  lead: Lead,
  actor: Actor,
): Promise<Pick<AttemptDetails, 'scriptId' | 'scriptVersion' | 'scriptVariantId'>> {
  if (!use || use.scriptId === null) {
    if (use?.scriptVersion != null || use?.scriptVariantId != null)
      throw invalid('scriptId', 'Name the script of this version or variant');
    return { scriptId: null, scriptVersion: null, scriptVariantId: null };
  }
  const script = await port.findScript(use.scriptId);
  if (!script || script.clientId !== lead.clientId)
    throw invalid('scriptId', 'This script is not one of the client’s scripts');
  const version = use.scriptVersion ?? script.version;
  const knownVersion =
    use.scriptVersion === null ||
    use.scriptVersion === script.version ||
    (use.scriptVersion < script.version && (await port.hasScriptVersion(use.scriptId, use.scriptVersion)));
  if (!knownVersion) throw invalid('scriptVersion', `The script has no version ${use.scriptVersion}`);
  if (use.scriptVariantId !== null) {
    const variant = await port.findScriptVariant(use.scriptVariantId);
    if (!variant || variant.scriptId !== use.scriptId || variant.userId !== actor.userId)
      throw invalid('scriptVariantId', 'This is not your variant of the script');
  }
  return { scriptId: use.scriptId, scriptVersion: version, scriptVariantId: use.scriptVariantId };
}

/** The objections a call names, checked against the lead's client's library. */
export async function requireCallObjections(
  port: CallDetailsPort,
  requested: readonly AttemptObjection[] | undefined,
  lead: Lead,
): Promise<AttemptObjection[]> {
  if (!requested || requested.length === 0) return [];
  const found = await port.findObjections([...new Set(requested.map((o) => o.objectionId))]);
  return requireAttemptObjections(requested, found, lead.clientId);
}
