import type { SaveClientOutcomesRequest } from '../../contracts/dispositions.ts';
import { AppError } from '../shared/app-error.ts';
import { foldForSearch } from '../shared/serbian-script.ts';
import type { OutcomeDefinition } from './default-outcomes.ts';
import type { Outcome, OutcomeReason } from './outcome.ts';

/** A client's outcomes and reasons, retired ones included. */
export interface ClientOutcomes {
  outcomes: Outcome[];
  reasons: OutcomeReason[];
}

/** The rows a save writes: `id` null inserts; existing rows left out are retired, never deleted. */
export interface OutcomeSavePlan {
  outcomes: (OutcomeDefinition & { id: number | null; position: number; active: boolean })[];
  retireOutcomeIds: number[];
  reasons: { id: number | null; outcomeKey: string; label: string; position: number; active: boolean }[];
  retireReasonIds: number[];
}

const invalid = (field: string, message: string) => new AppError('VALIDATION', { message, field });

/**
 * What saving a client's outcome list changes: outcomes upserted by key in the order given (one
 * left out is retired: calls keep pointing at it); reasons replaced by (outcome key, label),
 * keeping the ids of those that stay so stored calls keep theirs. Refused (VALIDATION, naming the
 * field) when keys repeat, a reason names an outcome not in the list or repeats, an active
 * outcome that requires a reason has no active reason, or the list lacks an active appointment
 * outcome (bookings record it) or an active do-not-call outcome (the law needs one).
 */
export function planOutcomeSave(
  existing: ClientOutcomes,
  request: SaveClientOutcomesRequest,
): OutcomeSavePlan {
  requireValidOutcomes(request);
  const byKey = new Map(existing.outcomes.map((o) => [o.key, o]));
  const outcomes = request.outcomes.map((o, position) => ({
    id: byKey.get(o.key)?.id ?? null,
    key: o.key,
    label: o.label,
    flags: o.flags,
    requiresReason: o.requiresReason,
    position,
    active: o.active,
  }));
  const kept = new Set(request.outcomes.map((o) => o.key));
  const reasonKey = (outcomeKey: string, label: string) =>
    `${outcomeKey}\u0000${foldForSearch(label.trim())}`;
  const existingReasons = new Map<string, OutcomeReason>();
  for (const r of [...existing.reasons].sort((a, b) => b.id - a.id))
    existingReasons.set(reasonKey(r.outcomeKey, r.label), r);
  const positions = new Map<string, number>();
  const reasons = request.reasons.map((r) => {
    const position = positions.get(r.outcomeKey) ?? 0;
    positions.set(r.outcomeKey, position + 1);
    const id = existingReasons.get(reasonKey(r.outcomeKey, r.label))?.id ?? null;
    return { id, outcomeKey: r.outcomeKey, label: r.label, position, active: r.active };
  });
  const keptReasonIds = new Set(reasons.map((r) => r.id));
  return {
    outcomes,
    retireOutcomeIds: existing.outcomes.filter((o) => !kept.has(o.key) && o.active).map((o) => o.id),
    reasons,
    retireReasonIds: existing.reasons.filter((r) => !keptReasonIds.has(r.id) && r.active).map((r) => r.id),
  };
}

function requireValidOutcomes(request: SaveClientOutcomesRequest): void {
  const keys = new Set<string>();
  for (const [index, o] of request.outcomes.entries()) {
    if (keys.has(o.key)) throw invalid(`outcomes.${index}.key`, `The key “${o.key}” is used twice`);
    keys.add(o.key);
  }
  const active = request.outcomes.filter((o) => o.active);
  if (!active.some((o) => o.flags.appointment))
    throw invalid('outcomes', 'Keep one active outcome with the appointment flag: bookings record it');
  if (!active.some((o) => o.flags.doNotCall))
    throw invalid(
      'outcomes',
      'Keep one active do-not-call outcome: a prospect may always ask not to be called',
    );
  const seen = new Set<string>();
  for (const [index, r] of request.reasons.entries()) {
    if (!keys.has(r.outcomeKey))
      throw invalid(`reasons.${index}.outcomeKey`, `There is no outcome with the key “${r.outcomeKey}”`);
    const key = `${r.outcomeKey}\u0000${foldForSearch(r.label)}`;
    if (seen.has(key)) throw invalid(`reasons.${index}.label`, `The reason “${r.label}” is listed twice`);
    seen.add(key);
  }
  for (const [index, o] of request.outcomes.entries()) {
    const hasReason = request.reasons.some((r) => r.outcomeKey === o.key && r.active);
    if (o.active && o.requiresReason && !hasReason)
      throw invalid(`outcomes.${index}.requiresReason`, `“${o.label}” requires a reason: add at least one`);
  }
}
