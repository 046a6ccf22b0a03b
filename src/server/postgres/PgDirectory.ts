import { foldName, isRoleId, stockholmDate } from '../../engine/internal';
import type { Actor, Directory, Enhet, Forvaltning, Organisation, RoleAssignment, RoleId, Verksamhet } from '../../engine/internal';
import type { Db } from './Db';
import { userIds } from './people';

/** The channel the organisation tables' triggers notify on any change (migration 0001). */
export const DIRECTORY_CHANGED = 'directory_changed';

interface StoredAssignment {
  role: string;
  kind: RoleAssignment['scope']['kind'];
  id: string;
  from: string;
  to: string | null;
}

interface Person {
  namn: string;
  titel: string | null;
  telefon: string | null;
  epost: string | null;
  assignments: StoredAssignment[];
}

const ORGANISATION = `select
    (select coalesce(json_agg(json_strip_nulls(json_build_object('id', id, 'namn', namn, 'namnd', namnd, 'organisationsnummer',
      organisationsnummer, 'diariePrefix', diarie_prefix, 'ivoAvdelning', ivo_avdelning))), '[]') from forvaltningar) as forvaltningar,
    (select coalesce(json_agg(json_strip_nulls(json_build_object('id', id, 'namn', namn, 'forvaltningId', forvaltning_id, 'ort', ort))),
      '[]') from verksamheter) as verksamheter,
    (select coalesce(json_agg(json_strip_nulls(json_build_object('id', id, 'namn', namn, 'verksamhetId', verksamhet_id, 'adress', adress,
      'postort', postort, 'verksamhetsform', verksamhetsform, 'stangd', case when closed_at is null then null else true end,
      'startDatum', start_datum, 'slutDatum', slut_datum, 'stangdVid', closed_at))), '[]') from enheter) as enheter`;

const PERSON = `select u.namn, u.titel, u.telefon, u.epost,
    coalesce((select json_agg(json_build_object('role', ra.role, 'kind', ra.scope_kind, 'id', ra.scope_id, 'from', ra.valid_from, 'to',
      ra.valid_to) order by ra.id)
              from role_assignments ra where ra.user_id = u.id), '[]') as assignments
  from users u where u.id = $1`;

const MAX_PEOPLE = 10_000;

const byName = <T extends { namn: string; id: string }>(list: T[]) =>
  list.sort((a, b) => a.namn.localeCompare(b.namn, 'sv') || (a.id < b.id ? -1 : 1));

/** Held at `at`: valid_from ≤ at < valid_to (open-ended without valid_to); ISO text compares like the instants. */
function heldAt(a: StoredAssignment, at: string): boolean {
  return a.from <= at && (a.to === null || at < a.to);
}

/**
 * The organisation and its people from PostgreSQL. Both are cached per server instance and dropped
 * whenever the tables change (a trigger notifies every instance) or the listening connection was lost.
 */
export class PgDirectory implements Directory {
  private org: Promise<Organisation> | undefined;
  private ids: Promise<string[]> | undefined;
  private readonly people = new Map<string, Promise<Person | undefined>>();
  // Caching starts only once this instance is sure to hear about changes.
  private listening = false;
  private readonly subscription: Promise<(() => Promise<void>) | undefined>;
  private changes = 0;

  constructor(private readonly db: Db) {
    this.subscription = db
      .listen(
        DIRECTORY_CHANGED,
        () => this.invalidate(),
        () => this.invalidate(),
      )
      .then(
        (unlisten) => {
          this.listening = true;
          return unlisten;
        },
        () => undefined,
      );
  }

  /**
   * Moves whenever the organisation or anyone's roles may have changed, so what was derived from them may be kept until
   * then. NaN (never equal) while this instance cannot hear of changes: nothing derived may be kept.
   */
  get generation(): number {
    return this.listening ? this.changes : Number.NaN;
  }

  /** Forget everything cached (also called on every change notification). */
  invalidate(): void {
    this.changes += 1;
    this.org = undefined;
    this.ids = undefined;
    this.people.clear();
  }

  organisation(): Promise<Organisation> {
    if (this.org) return this.org;
    const loading = this.loadOrganisation();
    if (this.listening) {
      this.org = loading;
      loading.catch(() => this.org === loading && (this.org = undefined));
    }
    return loading;
  }

  /** Every user's id, cached like the organisation (the notifier asks after every commit). */
  userIds(): Promise<string[]> {
    if (this.ids) return this.ids;
    const loading = userIds(this.db);
    if (this.listening) {
      this.ids = loading;
      loading.catch(() => this.ids === loading && (this.ids = undefined));
    }
    return loading;
  }

  private async loadOrganisation(): Promise<Organisation> {
    const { rows } = await this.db.query<{
      forvaltningar: Forvaltning[];
      verksamheter: Verksamhet[];
      enheter: (Enhet & { stangdVid?: string })[];
    }>(ORGANISATION);
    const r = rows[0]!;
    // An enhet closed before it had a last day (migration 0012) ends on the day it was closed, in Stockholm.
    const enheter = r.enheter.map(({ stangdVid, ...e }) => (stangdVid && !e.slutDatum ? { ...e, slutDatum: stockholmDate(stangdVid) } : e));
    return { forvaltningar: byName(r.forvaltningar), verksamheter: byName(r.verksamheter), enheter: byName(enheter) };
  }

  async actorAt(userId: string, at: string): Promise<Actor | undefined> {
    const person = await this.person(userId);
    if (!person) return undefined;
    const roles: RoleAssignment[] = [];
    for (const a of person.assignments)
      if (heldAt(a, at) && isRoleId(a.role)) roles.push({ role: a.role, scope: { kind: a.kind, id: a.id } });
    return {
      userId,
      namn: person.namn,
      roles,
      ...(person.titel ? { titel: person.titel } : {}),
      ...(person.telefon ? { telefon: person.telefon } : {}),
      ...(person.epost ? { epost: person.epost } : {}),
    };
  }

  async rolesChangeAfter(userId: string, at: string): Promise<string | undefined> {
    const person = await this.person(userId);
    const bounds = (person?.assignments ?? []).flatMap((a) => [a.from, a.to ?? '']).filter((t) => t > at);
    return bounds.length ? bounds.reduce((a, b) => (b < a ? b : a)) : undefined;
  }

  /** Matched as `foldName` does: trimmed, single spaces, lower case. */
  async userIdsNamed(namn: string): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(
      `select id from users where lower(regexp_replace(btrim(namn), '\\s+', ' ', 'g')) = $1 order by id`,
      [foldName(namn)],
    );
    return rows.map((r) => r.id);
  }

  /** Everyone who held the role anywhere at `at` (few: the chefs or SAS of a förvaltning), each with all roles held then. */
  async holdersAt(role: RoleId, at: string): Promise<Actor[]> {
    const { rows } = await this.db.query<{ id: string }>(
      'select distinct user_id as id from role_assignments where role = $1 and valid_from <= $2 and (valid_to is null or $2 < ' +
        'valid_to) order by user_id',
      [role, at],
    );
    const people = await Promise.all(rows.map((r) => this.actorAt(r.id, at)));
    return people.filter((p): p is Actor => p !== undefined);
  }

  private person(userId: string): Promise<Person | undefined> {
    const hit = this.people.get(userId);
    if (hit) return hit;
    const loading = this.db.query<Person>(PERSON, [userId]).then((r) => r.rows[0]);
    if (this.listening) {
      if (this.people.size >= MAX_PEOPLE) this.people.delete(this.people.keys().next().value!);
      this.people.set(userId, loading);
      loading.catch(() => this.people.get(userId) === loading && this.people.delete(userId));
    }
    return loading;
  }

  async close(): Promise<void> {
    const unlisten = await this.subscription;
    this.listening = false;
    await unlisten?.();
  }
}

/**
 * Puts an organisation and its people into an empty database (the demo's first start), every role
 * assignment valid from `validFrom`. Does nothing, and returns false, when there already are users.
 */
export async function seedOrganisation(db: Db, org: Organisation, users: readonly Actor[], validFrom: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two instances starting at once: the second waits, then sees the users and does nothing.
    await tx.query("select pg_advisory_xact_lock(hashtext('kf_seed_organisation'))");
    const { rows } = await tx.query<{ seeded: boolean }>('select exists (select 1 from users) as seeded');
    if (rows[0]?.seeded) return false;
    const json = (v: unknown) => JSON.stringify(v);
    await tx.query(
      'insert into forvaltningar (id, namn, namnd, organisationsnummer, diarie_prefix, ivo_avdelning) select x.id, x.namn, ' +
        'x.namnd, x.organisationsnummer, x."diariePrefix", x."ivoAvdelning" from json_to_recordset($1::json) x(id text, namn ' +
        'text, namnd text, organisationsnummer text, "diariePrefix" text, "ivoAvdelning" text) on conflict (id) do nothing',
      [json(org.forvaltningar)],
    );
    await tx.query(
      'insert into verksamheter (id, namn, forvaltning_id, ort) select x.id, x.namn, x."forvaltningId", x.ort from ' +
        'json_to_recordset($1::json) x(id text, namn text, "forvaltningId" text, ort text) on conflict (id) do nothing',
      [json(org.verksamheter)],
    );
    await tx.query(
      'insert into enheter (id, namn, verksamhet_id, adress, postort, verksamhetsform, start_datum, slut_datum) select x.id, ' +
        'x.namn, x."verksamhetId", x.adress, x.postort, x.verksamhetsform, x."startDatum", x."slutDatum" from ' +
        'json_to_recordset($1::json) x(id text, namn text, "verksamhetId" text, adress text, postort text, verksamhetsform text, ' +
        '"startDatum" text, "slutDatum" text) on conflict (id) do nothing',
      [json(org.enheter)],
    );
    await tx.query(
      'insert into users (id, namn, titel, telefon, epost, created_at) select x."userId", x.namn, x.titel, x.telefon, x.epost, ' +
        '$2 from json_to_recordset($1::json) x("userId" text, namn text, titel text, telefon text, epost text)',
      [json(users), validFrom],
    );
    const assignments = users.flatMap((u) => u.roles.map((r) => ({ u: u.userId, r: r.role, k: r.scope.kind, s: r.scope.id })));
    await tx.query(
      'insert into role_assignments (user_id, role, scope_kind, scope_id, valid_from) select x.u, x.r, x.k, x.s, $2 from ' +
        'json_to_recordset($1::json) x(u text, r text, k text, s text)',
      [json(assignments), validFrom],
    );
    return true;
  });
}
