import type { Db } from '../Db';
import type { OrganisationChange, OrganisationPerson } from '../../../api/contract';
import { isRoleId, ROLE_TITLES, stockholmDate } from '../../../engine/index';
import { ApiFailure } from '../../http/apiError';
import { isLoginSubjectConflict, loginSubjectProblem, loginSubjectTaken, loginSubjectText } from '../../organisation/loginSubject';
import { loginSubjectHolder } from './loginSubjectHolder';
import { enhetDatesProblem } from '../../organisation/enhetDates';
import { earliestArende } from './earliestArende';
import { newId } from '../../organisation/newId';
import { pgCsvImport } from './pgCsvImport';
import { recordChange } from './recordChange';
import type { OrganisationAdmin } from '../../organisation/OrganisationAdmin';

const SCOPE_TABLES = { enhet: 'enheter', verksamhet: 'verksamheter', forvaltning: 'forvaltningar' } as const;
const SCOPE_NOUNS = { enhet: 'Enheten', verksamhet: 'Verksamheten', forvaltning: 'Förvaltningen' } as const;

const unknown = (what: string, id: string) => new ApiFailure(422, 'invalid_data', `${what} "${id}" finns inte i organisationen.`);

/** The organisation's tables written by the administratör, each change kept in organisation_changes (migration 0006). */
export function pgOrganisationAdmin(db: Db, afterChange: () => void = () => undefined): OrganisationAdmin {
  /** One change in one transaction; this instance then reads it at once (others hear the tables' NOTIFY). */
  async function write<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const result = await db.transaction(fn);
    afterChange();
    return result;
  }
  async function exists(tx: Db, table: 'forvaltningar' | 'verksamheter' | 'enheter' | 'users', id: string): Promise<string | undefined> {
    const { rows } = await tx.query<{ namn: string }>(`select namn from ${table} where id = $1`, [id]);
    return rows[0]?.namn;
  }

  return {
    async people(at) {
      const { rows } = await db.query<OrganisationPerson & { assignments: OrganisationPerson['assignments'] }>(
        `select u.id as "userId", u.namn, u.titel, u.telefon, u.epost, u.login_subject as "inloggningsId",
           coalesce((select json_agg(json_build_object('id', ra.id, 'role', ra.role, 'scope', json_build_object('kind', ra.scope_kind,
             'id', ra.scope_id), 'from', ra.valid_from) order by ra.id)
                     from role_assignments ra where ra.user_id = u.id and ra.valid_from <= $1 and (ra.valid_to is null or ra.valid_to >
                       $1)), '[]') as assignments
         from users u order by u.namn, u.id`,
        [at],
      );
      return rows.map((r) => ({
        userId: r.userId,
        namn: r.namn,
        ...(r.titel ? { titel: r.titel } : {}),
        ...(r.telefon ? { telefon: r.telefon } : {}),
        ...(r.epost ? { epost: r.epost } : {}),
        ...(r.inloggningsId ? { inloggningsId: r.inloggningsId } : {}),
        assignments: r.assignments.map((a) => ({ ...a, id: Number(a.id) })),
      }));
    },

    async changes(limit) {
      const { rows } = await db.query<{ id: string; at: string; by_user: string; kind: string; subject: string; data: { text: string } }>(
        'select id, at, by_user, kind, subject, data from organisation_changes order by id desc limit $1',
        [limit],
      );
      return rows.map((r): OrganisationChange => ({
        id: Number(r.id),
        at: r.at,
        by: r.by_user,
        kind: r.kind,
        subject: r.subject,
        text: r.data.text,
      }));
    },

    personName: (userId) => exists(db, 'users', userId),

    importCsv: pgCsvImport(db, afterChange),

    note: (kind, subject, text, by, at) => write((tx) => recordChange(tx, at, by, kind, subject, text, {})),

    saveForvaltning(input, by, at) {
      return write(async (tx) => {
        if (!(await exists(tx, 'forvaltningar', input.id))) throw unknown('Förvaltningen', input.id);
        await tx.query(
          'update forvaltningar set namn = $2, namnd = $3, organisationsnummer = $4, diarie_prefix = $5, ivo_avdelning = $6 where id = $1',
          [
            input.id,
            input.namn,
            input.namnd ?? null,
            input.organisationsnummer ?? null,
            input.diariePrefix ?? null,
            input.ivoAvdelning ?? null,
          ],
        );
        await recordChange(tx, at, by, 'forvaltning', input.id, `Förvaltningens uppgifter ändrades: ${input.namn}`, { input });
        return input.id;
      });
    },

    saveVerksamhet(input, by, at) {
      return write(async (tx) => {
        const forvaltning = await exists(tx, 'forvaltningar', input.forvaltningId);
        if (!forvaltning) throw unknown('Förvaltningen', input.forvaltningId);
        if (input.id) {
          if (!(await exists(tx, 'verksamheter', input.id))) throw unknown('Verksamheten', input.id);
          await tx.query('update verksamheter set namn = $2, forvaltning_id = $3, ort = $4 where id = $1', [
            input.id,
            input.namn,
            input.forvaltningId,
            input.ort ?? null,
          ]);
          await recordChange(tx, at, by, 'verksamhet', input.id, `Verksamheten ${input.namn} ändrades`, { input });
          return input.id;
        }
        const id = newId('verksamhet', input.namn);
        await tx.query('insert into verksamheter (id, namn, forvaltning_id, ort) values ($1, $2, $3, $4)', [
          id,
          input.namn,
          input.forvaltningId,
          input.ort ?? null,
        ]);
        await recordChange(tx, at, by, 'verksamhet', id, `Ny verksamhet: ${input.namn} (${forvaltning})`, { input });
        return id;
      });
    },

    saveEnhet(input, by, at) {
      if (input.slutDatum && !input.stangd)
        return Promise.reject(
          new ApiFailure(
            422,
            'invalid_data',
            'Ett slutdatum anges bara för en stängd enhet: markera enheten som stängd, eller lämna slutdatumet tomt.',
          ),
        );
      return write(async (tx) => {
        const verksamhet = await exists(tx, 'verksamheter', input.verksamhetId);
        if (!verksamhet) throw unknown('Verksamheten', input.verksamhetId);
        const values = [input.namn, input.verksamhetId, input.adress ?? null, input.postort ?? null, input.verksamhetsform ?? null];
        const { rows } = input.id
          ? await tx.query<{ verksamhet_id: string; closed_at: string | null; slut_datum: string | null }>(
              'select verksamhet_id, closed_at, slut_datum from enheter where id = $1',
              [input.id],
            )
          : { rows: [] };
        const before = rows[0];
        if (input.id && !before) throw unknown('Enheten', input.id);
        // Closing without a last day given: the day it was first closed (today for a new closing).
        const slut = input.stangd ? (input.slutDatum ?? before?.slut_datum ?? stockholmDate(before?.closed_at ?? at)) : undefined;
        const problem = enhetDatesProblem({
          startDatum: input.startDatum,
          slutDatum: slut,
          earliestArende: input.id ? await earliestArende(tx, input.id) : undefined,
        });
        if (problem) throw new ApiFailure(422, 'invalid_data', problem);
        const dates = [input.startDatum ?? null, slut ?? null];
        if (input.id && before) {
          // Closing keeps the date it was first closed; its ärenden stay where they are, readable and open.
          const closedAt = input.stangd ? (before.closed_at ?? at) : null;
          await tx.query(
            'update enheter set namn = $2, verksamhet_id = $3, adress = $4, postort = $5, verksamhetsform = $6, closed_at = $7, ' +
              'start_datum = $8, slut_datum = $9 where id = $1',
            [input.id, ...values, closedAt, ...dates],
          );
          const moved = before.verksamhet_id !== input.verksamhetId ? ` och flyttades till ${verksamhet}` : '';
          const closed =
            input.stangd && !before.closed_at ? ' och stängdes' : !input.stangd && before.closed_at ? ' och öppnades igen' : '';
          await recordChange(tx, at, by, 'enhet', input.id, `Enheten ${input.namn} ändrades${moved}${closed}`, { input });
          return input.id;
        }
        const id = newId('enhet', input.namn);
        await tx.query(
          'insert into enheter (id, namn, verksamhet_id, adress, postort, verksamhetsform, closed_at, start_datum, slut_datum) ' +
            'values ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
          [id, ...values, input.stangd ? at : null, ...dates],
        );
        await recordChange(tx, at, by, 'enhet', id, `Ny enhet: ${input.namn} (${verksamhet})`, { input });
        return id;
      });
    },

    savePerson(input, by, at) {
      const loginSubject = input.inloggningsId?.trim() || undefined;
      const problem = loginSubject === undefined ? undefined : loginSubjectProblem(loginSubject);
      if (problem) return Promise.reject(new ApiFailure(400, 'invalid_request', problem));
      const saved = write(async (tx) => {
        if (loginSubject) {
          const holder = await loginSubjectHolder(tx, loginSubject, input.userId);
          if (holder) throw loginSubjectTaken(loginSubject, holder.namn);
        }
        const values = [input.namn, input.titel ?? null, input.telefon ?? null, input.epost ?? null, loginSubject ?? null];
        if (input.userId) {
          const { rows } = await tx.query<{ login_subject: string | null }>('select login_subject from users where id = $1', [
            input.userId,
          ]);
          if (!rows[0]) throw unknown('Personen', input.userId);
          const before = rows[0].login_subject ?? undefined;
          await tx.query('update users set namn = $2, titel = $3, telefon = $4, epost = $5, login_subject = $6 where id = $1', [
            input.userId,
            ...values,
          ]);
          await recordChange(tx, at, by, 'person', input.userId, `Uppgifterna om ${input.namn} ändrades`, { namn: input.namn });
          // Who can sign in as whom is kept as its own line, naming the old and the new id.
          if (before !== loginSubject)
            await recordChange(tx, at, by, 'inloggnings_id', input.userId, loginSubjectText(input.namn, before, loginSubject), {
              before: before ?? null,
              after: loginSubject ?? null,
            });
          return input.userId;
        }
        const id = newId('user', input.namn);
        await tx.query(
          'insert into users (id, namn, titel, telefon, epost, login_subject, created_at) values ($1, $2, $3, $4, $5, $6, $7)',
          [id, ...values, at],
        );
        await recordChange(tx, at, by, 'person', id, `Ny person: ${input.namn}${loginSubject ? `, inloggnings-id ${loginSubject}` : ''}`, {
          namn: input.namn,
        });
        return id;
      });
      // Two saves of the same id at once: the unique index decides, and the loser hears it in Swedish.
      return saved.catch((e: unknown) => {
        throw loginSubject && isLoginSubjectConflict(e) ? loginSubjectTaken(loginSubject, 'en annan person') : e;
      });
    },

    assignRole(input, by, at) {
      return write(async (tx) => {
        const person = await exists(tx, 'users', input.userId);
        if (!person) throw unknown('Personen', input.userId);
        const scope = await exists(tx, SCOPE_TABLES[input.scope.kind], input.scope.id);
        if (!scope) throw unknown(SCOPE_NOUNS[input.scope.kind], input.scope.id);
        const { rows } = await tx.query<{ id: string }>(
          'insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from) values ($1, $2, $3, $4, $5) returning id',
          [input.userId, input.role, input.scope.kind, input.scope.id, at],
        );
        const id = Number(rows[0]!.id);
        await recordChange(tx, at, by, 'roll_tilldelad', input.userId, `${person} fick rollen ${ROLE_TITLES[input.role]} för ${scope}`, {
          assignmentId: id,
          role: input.role,
          scope: input.scope,
        });
        return id;
      });
    },

    endRole(assignmentId, by, at) {
      return write(async (tx) => {
        const { rows } = await tx.query<{
          user_id: string;
          role: string;
          scope_kind: keyof typeof SCOPE_TABLES;
          scope_id: string;
          namn: string;
        }>(
          `update role_assignments ra set valid_to = $2 from users u
             where ra.id = $1 and ra.user_id = u.id and ra.valid_to is null returning ra.user_id, ra.role, ra.scope_kind, ra.scope_id,
               u.namn`,
          [assignmentId, at],
        );
        const ended = rows[0];
        if (!ended) throw new ApiFailure(422, 'invalid_data', `Rolltilldelningen ${assignmentId} finns inte eller har redan avslutats.`);
        const scope = (await exists(tx, SCOPE_TABLES[ended.scope_kind], ended.scope_id)) ?? ended.scope_id;
        const role = isRoleId(ended.role) ? ROLE_TITLES[ended.role] : ended.role;
        await recordChange(tx, at, by, 'roll_avslutad', ended.user_id, `${ended.namn} har inte längre rollen ${role} för ${scope}`, {
          assignmentId,
          role: ended.role,
        });
      });
    },
  };
}
