import type { FastifyInstance, FastifyRequest } from 'fastify';
import { may } from '../../api/access';
import type { OrganisationAnswer } from '../../api/contract';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import type { OrganisationAdmin } from '../organisation/OrganisationAdmin';
import { resetPassword } from '../accounts/resetPassword';
import { roleRequestRoutes } from './roleRequestRoutes';
import { Ok } from '../../api/wire/primitives';
import {
  CsvImportBody,
  EnhetBody,
  ForvaltningBody,
  IdParams,
  LoginBody,
  PersonBody,
  RoleBody,
  RoleParams,
  SavedId,
  SavedRoleId,
  SavedUserId,
  VerksamhetBody,
} from '../../api/wire/organisationSchemas';
import { typedApi } from '../http/typedApi';
import type { TypedApi } from '../http/typedApi';
import type { ServerContext } from '../ServerContext';
import { CsvImportAnswerSchema, OrganisationAnswerSchema } from '../../api/wire/organisationAnswers';

/** The organisation as data: the administratör's pages read and change units, people and roles here. */
export async function organisationRoutes(plain: FastifyInstance): Promise<void> {
  const app = typedApi(plain);
  placeRoutes(app);
  personRoutes(app);
  roleRoutes(app);
  roleRequestRoutes(app);
  csvImportRoute(app);
}

/** The administratör, and the store that keeps the organisation; no case content is read here. */
function adminOf(ctx: ServerContext, req: Pick<FastifyRequest, 'who'>): { by: string; store: OrganisationAdmin } {
  const { actor } = whoOf(req);
  if (!may(actor, 'organisation')) throw forbidden('Organisationen ändras av administratören.');
  if (!ctx.organisation) throw new ApiFailure(501, 'not_available', 'Organisationen kan inte ändras på den här servern.');
  return { by: actor.userId, store: ctx.organisation };
}

/** The whole organisation with its people and changes, and the förvaltning, verksamheter and enheter saved. */
function placeRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.get(
    '/api/admin/organisation',
    { schema: { summary: 'Organisationen, personerna och ändringarna (administratören)', response: { 200: OrganisationAnswerSchema } } },
    async (req) => {
      const { store } = adminOf(ctx, req);
      const now = ctx.clock.now();
      const [org, people, changes, requests] = await Promise.all([
        ctx.directory.organisation(),
        store.people(now),
        store.changes(100),
        store.requests(),
      ]);
      return { org, people, changes, requests } satisfies OrganisationAnswer;
    },
  );

  app.put(
    '/api/admin/forvaltningar/:id',
    { schema: { summary: 'Spara förvaltningen', params: IdParams, body: ForvaltningBody, response: { 200: SavedId } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      const { id } = req.params;
      return { id: await store.saveForvaltning({ ...req.body, id }, by, ctx.clock.now()) };
    },
  );

  app.post(
    '/api/admin/verksamheter',
    { schema: { summary: 'Lägg till eller ändra en verksamhet', body: VerksamhetBody, response: { 200: SavedId } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      return { id: await store.saveVerksamhet(req.body, by, ctx.clock.now()) };
    },
  );

  app.post(
    '/api/admin/enheter',
    { schema: { summary: 'Lägg till eller ändra en enhet', body: EnhetBody, response: { 200: SavedId } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      return { id: await store.saveEnhet(req.body, by, ctx.clock.now()) };
    },
  );
}

/** A person saved, and given a local account. */
function personRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.post(
    '/api/admin/personer',
    { schema: { summary: 'Lägg till eller ändra en person', body: PersonBody, response: { 200: SavedUserId } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      return { userId: await store.savePerson(req.body, by, ctx.clock.now()) };
    },
  );

  // A user name and a one-time code the server makes and mails to the person only; her sessions end (issue 22).
  app.post(
    '/api/admin/personer/:id/inloggning',
    {
      schema: {
        summary: 'Ge en person ett lokalt konto eller en ny engångskod (skickas till personens e-post, byts vid nästa inloggning)',
        params: IdParams,
        body: LoginBody,
        response: { 200: Ok },
      },
    },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      await resetPassword(ctx, store, { userId: req.params.id, username: req.body.username, by });
      return { ok: true };
    },
  );
}

/** A role given (or, for one that reads case content, asked for), and ended (never removed). */
function roleRoutes(app: TypedApi): void {
  const { ctx } = app;
  app.post(
    '/api/admin/roller',
    { schema: { summary: 'Ge en person en roll', body: RoleBody, response: { 200: SavedRoleId } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      return store.assignRole(req.body, by, ctx.clock.now());
    },
  );

  app.delete(
    '/api/admin/roller/:id',
    { schema: { summary: 'Avsluta en roll (den tas aldrig bort)', params: RoleParams, response: { 200: Ok } } },
    async (req) => {
      const { by, store } = adminOf(ctx, req);
      await store.endRole(Number(req.params.id), by, ctx.clock.now());
      return { ok: true };
    },
  );
}

/** Enheter and people from a CSV file. */
function csvImportRoute(app: TypedApi): void {
  const { ctx } = app;
  // A dry run answers what the file would do; the import answers 422 with the same errors when it stores nothing.
  app.post(
    '/api/admin/organisation/import',
    {
      schema: {
        summary: 'Importera enheter och personer från CSV (eller pröva filen)',
        body: CsvImportBody,
        response: { 200: CsvImportAnswerSchema, 422: CsvImportAnswerSchema },
      },
      bodyLimit: 4 * 1_048_576,
    },
    async (req, reply) => {
      const { by, store } = adminOf(ctx, req);
      const { csv, apply } = req.body;
      const answer = await store.importCsv(csv, apply, by, ctx.clock.now());
      return reply.status(apply && !answer.applied ? 422 : 200).send(answer);
    },
  );
}
