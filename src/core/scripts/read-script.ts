import { type Actor, requireClientAccess, requireRole } from '../access/actor.ts';
import { notFound } from '../shared/app-error.ts';
import type { StoredScript } from './script.ts';
import type { ScriptStore } from './script-ports.ts';

/** Who works with scripts: setters read them, managers and admins write them; reps do not. */
export const scriptReaders = ['setter', 'manager', 'admin'] as const;

/**
 * The script, if the actor may read it: a rep is refused (403), another client's script answers
 * 404 as if it did not exist.
 *
 * @example
 * const script = await getVisibleScript(deps.scripts, actor, request.params.id);
 */
export async function getVisibleScript(
  store: Pick<ScriptStore, 'findScript'>,
  actor: Actor,
  id: number,
): Promise<StoredScript> {
  requireRole(actor, scriptReaders);
  const script = await store.findScript(id);
  if (!script) throw notFound('Script');
  requireClientAccess(actor, script.clientId, 'Script');
  return script;
}
