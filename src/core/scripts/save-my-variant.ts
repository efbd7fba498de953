import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { notFound } from '../shared/app-error.ts';
import { requireLockedSectionsKept } from './mandatory-sections.ts';
import { normalizeSection } from './same-sections.ts';
import type { ScriptSection } from './script.ts';
import type { ScriptStore, VariantStore } from './script-ports.ts';
import { requireValidScript } from './validate-script.ts';
import { requirePersonalizable, requireTransition } from './variant-rules.ts';

export interface SaveVariantInput {
  sections: ScriptSection[];
  comment?: string | undefined;
  /** Send it for review at once. */
  submit: boolean;
}

/**
 * A setter writes their own wording of a personalizable script: it updates their open variant
 * (a submitted one goes back to draft, a rejected one is reworked) or starts one, always against
 * the current company version; with `submit` it goes to review. Verbatim scripts: SCRIPT_VERBATIM;
 * a changed mandatory section (the opening, or one the manager locked): SCRIPT_SECTION_LOCKED.
 *
 * @example
 * const variantId = await saveMyVariant(deps, setter, scriptId, { sections, submit: true }, now);
 */
export async function saveMyVariant(
  deps: { scripts: ScriptStore; variants: VariantStore },
  actor: Actor,
  scriptId: number,
  input: SaveVariantInput,
  now: Temporal.Instant,
): Promise<number> {
  requireRole(actor, ['setter']);
  const script = await deps.scripts.findScript(scriptId);
  if (!script) throw notFound('Script');
  requireClientAccess(actor, script.clientId, 'Script');
  requirePersonalizable(script);
  requireValidScript(input.sections);
  const sections = input.sections.map(normalizeSection);
  requireLockedSectionsKept(script.sections, sections);
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  return deps.variants.saveOpenVariant(
    { scriptId, clientId: script.clientId, userId: actor.userId },
    (open) => {
      const edited = open ? requireTransition(open.status, 'edit') : 'draft';
      const status = input.submit ? requireTransition(edited, 'submit') : edited;
      return {
        sections,
        comment,
        baseVersion: script.version,
        status,
        submittedAt: status === 'submitted' ? now : null,
      };
    },
    now,
  );
}
