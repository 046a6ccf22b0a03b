import type { FastifyInstance, FastifyRequest } from 'fastify';
import { may } from '../../api/access';
import type { CsvImportRequest, EnhetInput, ForvaltningInput, OrganisationAnswer, PersonInput, RoleInput, VerksamhetInput } from '../../api/contract';
import { ApiFailure, forbidden } from '../http/apiError';
import { whoOf } from '../http/requestIdentity';
import type { OrganisationAdmin } from '../organisation/OrganisationAdmin';
import { passwordProblem } from '../accounts/passwordPolicy';
import { CSV_IMPORT_BODY, ENHET_BODY, FORVALTNING_BODY, ID_PARAMS, LOGIN_BODY, PERSON_BODY, ROLE_BODY, ROLE_PARAMS, VERKSAMHET_BODY } from './organisationSchemas';

/** The organisation as data: the administratör's pages read and change units, people and roles here. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const { ctx } = app;

  /** The administratör, and the store that keeps the organisation; no case content is read here. */
  function admin(req: FastifyRequest): { by: string; store: OrganisationAdmin } {
    const { actor } = whoOf(req);
    if (!may(actor, 'organisation')) throw forbidden('Organisationen ändras av administratören.');
    if (!ctx.organisation) throw new ApiFailure(501, 'not_available', 'Organisationen kan inte ändras på den här servern.');
    return { by: actor.userId, store: ctx.organisation };
  }

  app.get('/api/admin/organisation', async (req) => {
    const { store } = admin(req);
    const now = ctx.clock.now();
    const [org, people, changes] = await Promise.all([ctx.directory.organisation(), store.people(now), store.changes(100)]);
    return { org, people, changes } satisfies OrganisationAnswer;
  });

  app.put('/api/admin/forvaltningar/:id', { schema: { params: ID_PARAMS, body: FORVALTNING_BODY } }, async (req) => {
    const { by, store } = admin(req);
    const { id } = req.params as { id: string };
    return { id: await store.saveForvaltning({ ...(req.body as ForvaltningInput), id }, by, ctx.clock.now()) };
  });

  app.post('/api/admin/verksamheter', { schema: { body: VERKSAMHET_BODY } }, async (req) => {
    const { by, store } = admin(req);
    return { id: await store.saveVerksamhet(req.body as VerksamhetInput & { id?: string }, by, ctx.clock.now()) };
  });

  app.post('/api/admin/enheter', { schema: { body: ENHET_BODY } }, async (req) => {
    const { by, store } = admin(req);
    return { id: await store.saveEnhet(req.body as EnhetInput & { id?: string }, by, ctx.clock.now()) };
  });

  app.post('/api/admin/personer', { schema: { body: PERSON_BODY } }, async (req) => {
    const { by, store } = admin(req);
    return { userId: await store.savePerson(req.body as PersonInput & { userId?: string }, by, ctx.clock.now()) };
  });

  // The administratör gives a person a user name and a first password; their other sessions end.
  app.post('/api/admin/personer/:id/inloggning', { schema: { params: ID_PARAMS, body: LOGIN_BODY } }, async (req) => {
    const { by, store } = admin(req);
    if (!ctx.accounts) throw new ApiFailure(501, 'not_available', 'Lokala konton finns inte på den här servern.');
    const { id } = req.params as { id: string };
    const { username, password } = req.body as { username: string; password: string };
    const namn = await store.personName(id);
    if (!namn) throw new ApiFailure(422, 'invalid_data', `Personen "${id}" finns inte i organisationen.`);
    const problem = passwordProblem(password, { username, namn });
    if (problem) throw new ApiFailure(422, 'invalid_data', problem);
    const at = ctx.clock.now();
    await ctx.accounts.set(id, username, password, at);
    await ctx.sessions.destroyAllFor(id);
    await store.note('inloggning', id, `${namn} fick användarnamnet ${username.trim().toLowerCase()} och ett nytt lösenord`, by, at);
    return { ok: true };
  });

  app.post('/api/admin/roller', { schema: { body: ROLE_BODY } }, async (req) => {
    const { by, store } = admin(req);
    return { id: await store.assignRole(req.body as RoleInput, by, ctx.clock.now()) };
  });

  // A dry run answers what the file would do; the import answers 422 with the same errors when it stores nothing.
  app.post('/api/admin/organisation/import', { schema: { body: CSV_IMPORT_BODY }, bodyLimit: 4 * 1_048_576 }, async (req, reply) => {
    const { by, store } = admin(req);
    const { csv, apply } = req.body as CsvImportRequest;
    const answer = await store.importCsv(csv, apply, by, ctx.clock.now());
    return reply.status(apply && !answer.applied ? 422 : 200).send(answer);
  });

  app.delete('/api/admin/roller/:id', { schema: { params: ROLE_PARAMS } }, async (req) => {
    const { by, store } = admin(req);
    await store.endRole(Number((req.params as { id: string }).id), by, ctx.clock.now());
    return { ok: true };
  });
}
