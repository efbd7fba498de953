import type { FastifyInstance } from 'fastify';
import { errorResponseSchema, idParamsSchema } from '../../contracts/common.ts';
import {
  myVariantSchema,
  reviewVariantRequestSchema,
  saveVariantRequestSchema,
  scriptVariantListSchema,
  scriptVariantSchema,
  variantListQuerySchema,
} from '../../contracts/scripts.ts';
import { type Actor, canManage, requireRole } from '../../core/access/actor.ts';
import { getVisibleScript } from '../../core/scripts/read-script.ts';
import { getVisibleVariant, reviewVariant, submitVariant } from '../../core/scripts/review-variant.ts';
import { saveMyVariant } from '../../core/scripts/save-my-variant.ts';
import { openVariantStatuses, variantInUseStatuses } from '../../core/scripts/variant-rules.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { AppDeps } from '../deps.ts';
import { clientScope } from '../http/scope.ts';
import { typed } from '../http/typed.ts';
import { requireActor } from '../plugins/auth.ts';
import { variantToDto } from './script-dto.ts';

const errors = { 400: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };
const writeErrors = { ...errors, 409: errorResponseSchema };

/** Setters' personal variants of personalizable scripts: writing, submitting, and managers' review. */
export function registerScriptVariantRoutes(app: FastifyInstance, deps: AppDeps): void {
  const api = typed(app);
  const stores = { scripts: deps.scripts, variants: deps.scriptVariants };

  async function variantDto(id: number) {
    const view = await deps.scriptVariants.findVariantView(id);
    if (!view) throw new AppError('INTERNAL', { message: 'The variant could not be read back' });
    return variantToDto(view);
  }

  /** A setter lists only their own variants; managers and admins every setter's. */
  const ownOnly = (actor: Actor) => (canManage(actor) ? {} : { userId: actor.userId });

  api.get(
    '/api/script-variants',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Personal variants: a manager’s review inbox (status=submitted), a setter’s own',
        querystring: variantListQuerySchema,
        response: { 200: scriptVariantListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireRole(actor, ['setter', 'manager', 'admin']);
      const { clientId, scriptId, status } = request.query;
      const variants = await deps.scriptVariants.listVariants({
        clientIds: clientScope(actor, clientId),
        ...(scriptId !== undefined ? { scriptId } : {}),
        ...(status !== undefined ? { status } : {}),
        ...ownOnly(actor),
      });
      return { variants: variants.map(variantToDto) };
    },
  );

  api.get(
    '/api/scripts/:id/variants',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Personal variants of one script (a setter: their own)',
        params: idParamsSchema,
        response: { 200: scriptVariantListSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const script = await getVisibleScript(deps.scripts, actor, request.params.id);
      const variants = await deps.scriptVariants.listVariants({
        clientIds: [script.clientId],
        scriptId: script.id,
        ...ownOnly(actor),
      });
      return { variants: variants.map(variantToDto) };
    },
  );

  api.get(
    '/api/script-variants/:id',
    {
      schema: {
        tags: ['scripts'],
        summary: 'One personal variant with its diff against the company version it was written for',
        params: idParamsSchema,
        response: { 200: scriptVariantSchema, ...errors },
      },
    },
    async (request) => {
      const variant = await getVisibleVariant(deps.scriptVariants, requireActor(request), request.params.id);
      return variantDto(variant.id);
    },
  );

  api.get(
    '/api/scripts/:id/my-variant',
    {
      schema: {
        tags: ['scripts'],
        summary: 'The caller’s own variant of a script: the one being worked on, and the approved one in use',
        params: idParamsSchema,
        response: { 200: myVariantSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const script = await getVisibleScript(deps.scripts, actor, request.params.id);
      const mine = await deps.scriptVariants.listVariants({
        clientIds: [script.clientId],
        scriptId: script.id,
        userId: actor.userId,
      });
      const open = mine.find((v) => openVariantStatuses.includes(v.status));
      const approved = mine.find((v) => variantInUseStatuses.includes(v.status));
      const variant = open ?? approved;
      return {
        variant: variant ? variantToDto(variant) : null,
        approved: approved ? variantToDto(approved) : null,
      };
    },
  );

  api.put(
    '/api/scripts/:id/my-variant',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Write (or rework) the caller’s own variant of a personalizable script',
        description:
          'Setters. Updates the caller’s draft, submitted or rejected variant (back to draft) or starts ' +
          'one, against the current company version; `submit: true` sends it for review. The opening ' +
          'rules of a company version apply. A verbatim script answers 409 SCRIPT_VERBATIM.',
        params: idParamsSchema,
        body: saveVariantRequestSchema,
        response: { 200: scriptVariantSchema, ...writeErrors },
      },
    },
    async (request) => {
      const id = await saveMyVariant(
        stores,
        requireActor(request),
        request.params.id,
        request.body,
        deps.clock(),
      );
      return variantDto(id);
    },
  );

  api.post(
    '/api/script-variants/:id/submit',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Send the caller’s draft (or reworked rejection) for review',
        params: idParamsSchema,
        response: { 200: scriptVariantSchema, ...writeErrors },
      },
    },
    async (request) => {
      await submitVariant(stores, requireActor(request), request.params.id, deps.clock());
      return variantDto(request.params.id);
    },
  );

  api.post(
    '/api/script-variants/:id/approve',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Approve a submitted variant: the setter reads it from now on',
        description:
          'Managers and admins. The setter’s previously approved variant of the script is retired.',
        params: idParamsSchema,
        body: reviewVariantRequestSchema,
        response: { 200: scriptVariantSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { id } = request.params;
      await reviewVariant(stores, requireActor(request), id, 'approve', request.body.comment, deps.clock());
      return variantDto(id);
    },
  );

  api.post(
    '/api/script-variants/:id/reject',
    {
      schema: {
        tags: ['scripts'],
        summary: 'Reject a submitted variant, saying what to change',
        description: 'Managers and admins; the comment is required. The setter edits it again as a draft.',
        params: idParamsSchema,
        body: reviewVariantRequestSchema,
        response: { 200: scriptVariantSchema, ...writeErrors },
      },
    },
    async (request) => {
      const { id } = request.params;
      await reviewVariant(stores, requireActor(request), id, 'reject', request.body.comment, deps.clock());
      return variantDto(id);
    },
  );
}
