import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** Routes are declared with zod schemas for params, query, body and response. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
