import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';

/** Routes typed by the contract's schemas (src/api/wire): params, query and body come out of the schema, never a cast. */
export const typedApi = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>();

export type TypedApi = ReturnType<typeof typedApi>;
