import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireRole } from '../access/actor.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import { acceptMyWording } from './rebase-variant.ts';
import type { ScriptVariant } from './script.ts';
import type { ScriptStore, VariantStore } from './script-ports.ts';
import {
  canSeeVariant,
  requirePersonalizable,
  requireReviewComment,
  requireTransition,
} from './variant-rules.ts';

type Deps = { scripts: ScriptStore; variants: VariantStore };

const raced = () =>
  new AppError('CONFLICT', {
    message: 'This variant was just changed by someone else: reload it',
    field: 'status',
  });

/** The variant, if the actor may see it: another setter's or another client's answers 404. */
export async function getVisibleVariant(
  variants: VariantStore,
  actor: Actor,
  id: number,
): Promise<ScriptVariant> {
  requireRole(actor, ['setter', 'manager', 'admin']);
  const variant = await variants.findVariant(id);
  if (!variant || !canSeeVariant(actor, variant)) throw notFound('Script variant');
  return variant;
}

/**
 * The setter sends their own draft (or reworked rejection) for review, as it is.
 *
 * @example
 * await submitVariant(deps, setter, variantId, now);
 */
export async function submitVariant(
  deps: Deps,
  actor: Actor,
  id: number,
  now: Temporal.Instant,
): Promise<void> {
  requireRole(actor, ['setter']);
  const variant = await getVisibleVariant(deps.variants, actor, id);
  if (variant.userId !== actor.userId) throw notFound('Script variant');
  const script = await deps.scripts.findScript(variant.scriptId);
  if (!script) throw notFound('Script');
  requirePersonalizable(script);
  const status = requireTransition(variant.status, 'submit');
  if (!(await deps.variants.moveVariant(id, variant.status, { status, submittedAt: now }, now)))
    throw raced();
}

/**
 * A manager approves a submitted variant (the setter's previous approved one is retired: one
 * variant in use per setter and script) or rejects it, saying what to change.
 *
 * @example
 * await reviewVariant(deps, manager, variantId, 'reject', 'Keep the opening question', now);
 */
export async function reviewVariant(
  deps: Deps,
  actor: Actor,
  id: number,
  decision: 'approve' | 'reject',
  comment: string | undefined,
  now: Temporal.Instant,
): Promise<void> {
  requireRole(actor, ['manager', 'admin']);
  const variant = await getVisibleVariant(deps.variants, actor, id);
  requireReviewComment(decision, comment);
  const status = requireTransition(variant.status, decision);
  const reviewComment = comment?.trim() ? comment.trim() : null;
  if (decision === 'reject') {
    const moved = await deps.variants.moveVariant(
      id,
      variant.status,
      { status, reviewComment, reviewedByUserId: actor.userId },
      now,
    );
    if (!moved) throw raced();
    return;
  }
  const script = await deps.scripts.findScript(variant.scriptId);
  if (!script) throw notFound('Script');
  requirePersonalizable(script);
  // Approving a rebase conflict approves the setter's wording in the conflicted sections.
  const sections =
    variant.status === 'needs_rebase' ? acceptMyWording(variant.sections, variant.conflicts) : undefined;
  if (!(await deps.variants.approveVariant(variant, actor.userId, reviewComment, now, sections)))
    throw raced();
}
