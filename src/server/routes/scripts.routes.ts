import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorResponseSchema, idParamsSchema, idSchema } from '../../contracts/common.ts';
import {
  type ScriptDetailDto,
  saveScriptRequestSchema,
  scriptDetailSchema,
  scriptDiffQuerySchema,
  scriptDiffSchema,
  scriptForMeSchema,
  scriptOutcomesSchema,
  scriptVersionSchema,
} from '../../contracts/scripts.ts';
import { type Actor, canManage, requireRole } from '../../core/access/actor.ts';
import { diffSections } from '../../core/scripts/diff-sections.ts';
import { getVisibleScript } from '../../core/scripts/read-script.ts';
import { saveScript } from '../../core/scripts/save-script.ts';
import type { StoredScript } from '../../core/scripts/script.ts';
import { scriptForUser } from '../../core/scripts/variant-rules.ts';
import { notFound } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { iso } from '../http/mappers.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { registerScriptVariantRoutes } from './script-variants.routes.ts';

const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const versionParamsSchema = z.object({ id: idSchema, version: idSchema });

/** Script authoring and history (managers), what each setter reads, and outcomes by version. */
export function registerScriptRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);

  async function detail(script: StoredScript, actor: Actor): Promise<ScriptDetailDto> {
    const [versions, pendingVariants] = await Promise.all([
      deps.scripts.listVersions(script.id),
      deps.scriptVariants.countSubmitted(script.id, canManage(actor) ? undefined : actor.userId),
    ]);
    return {
      ...script,
      versions: versions.map((v) => ({
        version: v.version,
        note: v.note,
        createdByName: v.createdByName,
        createdAt: iso(v.createdAt),
      })),
      pendingVariants,
    };
  }

  async function version(scriptId: number, number: number) {
    const found = await deps.scripts.findVersion(scriptId, number);
    if (!found) throw notFound(`Version ${number}`);
    return found;
  }

  api.get(
    '/api/scripts/:id',
    {
      schema: {
        tags: ['scripts'],
        summary: 'A script: its current sections and every version (newest first)',
        params: idParamsSchema,
        response: { 200: scriptDetailSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return detail(await getVisibleScript(deps.scripts, actor, request.params.id), actor);
    },
  );

  api.put(
    '/api/scripts/:id',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Save a script: changed text becomes the next company version',
        description:
          'Managers and admins. Unchanged sections record no new version (name, mode and purpose are ' +
          'still saved). The first section must be the opening (id `opening`) using ' +
          '{{setter.firstName}} and {{client.name}}; branch targets must exist. Approved personal ' +
          'variants stay in use, flagged outdated.',
        params: idParamsSchema,
        body: saveScriptRequestSchema,
        response: { 200: scriptDetailSchema, ...errors, 409: errorResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { note, ...fields } = request.body;
      await saveScript(
        deps.scripts,
        actor,
        request.params.id,
        { ...fields, note: note || null },
        deps.clock(),
      );
      return detail(await getVisibleScript(deps.scripts, actor, request.params.id), actor);
    },
  );

  api.get(
    '/api/scripts/:id/versions/:version',
    {
      schema: {
        tags: ['scripts'],
        summary: 'One recorded company version of a script',
        params: versionParamsSchema,
        response: { 200: scriptVersionSchema, ...errors },
      },
    },
    async (request) => {
      const script = await getVisibleScript(deps.scripts, requireActor(request), request.params.id);
      const found = await version(script.id, request.params.version);
      return { ...found, createdAt: iso(found.createdAt) };
    },
  );

  api.get(
    '/api/scripts/:id/diff',
    {
      schema: {
        tags: ['scripts'],
        summary: 'What changed between two company versions, section by section and word by word',
        params: idParamsSchema,
        querystring: scriptDiffQuerySchema,
        response: { 200: scriptDiffSchema, ...errors },
      },
    },
    async (request) => {
      const script = await getVisibleScript(deps.scripts, requireActor(request), request.params.id);
      const { from, to } = request.query;
      const [left, right] = await Promise.all([version(script.id, from), version(script.id, to)]);
      return { scriptId: script.id, from, to, sections: diffSections(left.sections, right.sections) };
    },
  );

  api.get(
    '/api/scripts/:id/for-me',
    {
      schema: {
        tags: ['scripts'],
        summary: 'The script as the caller reads it on a call: their approved variant, else the company text',
        params: idParamsSchema,
        response: { 200: scriptForMeSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const script = await getVisibleScript(deps.scripts, actor, request.params.id);
      const approved = await deps.scriptVariants.findApprovedVariant(script.id, actor.userId);
      return scriptForUser(script, approved);
    },
  );

  api.get(
    '/api/scripts/:id/outcomes',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Calls by script version and approved variant: contacts, qualified, appointments',
        description: 'Managers and admins. Counted from the calls logged with scriptId and scriptVersion.',
        params: idParamsSchema,
        response: { 200: scriptOutcomesSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['manager', 'admin']);
      const script = await getVisibleScript(deps.scripts, actor, request.params.id);
      return { items: await deps.scripts.outcomes(script.id) };
    },
  );

  registerScriptVariantRoutes(app, deps);
}
