import type { Temporal } from 'temporal-polyfill';
import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { notFound } from '../shared/app-error.ts';
import { carryOpenVariant, carryVariant } from './rebase-variant.ts';
import { normalizeSection, sameSections } from './same-sections.ts';
import type { ScriptChange, ScriptStore } from './script-ports.ts';
import { requireValidScript } from './validate-script.ts';

/**
 * A manager saves a script: changed text becomes the next company version (kept in the history,
 * compared by outcomes); unchanged text only renames it or changes its mode or purpose.
 * A new version rebases every variant in use in the same transaction (`carryVariant`): sections
 * the setter did not change follow the company; those both changed go back to review. Variants
 * still being written or reviewed take the company's changes too (`carryOpenVariant`).
 *
 * @example
 * const { version, created } = await saveScript(store, actor, 7, { name, mode, purpose, sections, note: null }, now);
 */
export async function saveScript(
  store: ScriptStore,
  actor: Actor,
  scriptId: number,
  change: ScriptChange,
  now: Temporal.Instant,
): Promise<{ version: number; created: boolean }> {
  requireRole(actor, ['manager', 'admin']);
  const script = await store.findScript(scriptId);
  if (!script) throw notFound('Script');
  requireClientAccess(actor, script.clientId, 'Script');
  requireValidScript(change.sections);
  const sections = change.sections.map(normalizeSection);
  if (sameSections(script.sections, sections)) {
    await store.updateScriptFields(scriptId, change, now);
    return { version: script.version, created: false };
  }
  const version = await store.saveVersion(
    scriptId,
    { ...change, sections },
    actor.userId,
    now,
    (variant, open) => (open ? carryOpenVariant(variant, sections) : carryVariant(variant, sections)),
  );
  return { version, created: true };
}
