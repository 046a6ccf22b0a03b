import type { Db } from '../Db';
import type { CsvImportAnswer } from '../../../api/contract';
import { stockholmDate } from '../../../engine/index';
import type { RoleId } from '../../../engine/index';
import { ApiFailure } from '../../http/apiError';
import { planCsv } from '../../organisation/csvImport';
import { earliestArenden } from './earliestArende';
import type { ImportOp, OrgSnapshot } from '../../organisation/importTypes';
import { isLoginSubjectConflict } from '../../organisation/loginSubject';
import { newId } from '../../organisation/newId';
import { recordChange } from './recordChange';
import { writeImportOp } from './writeImportOp';

/** The organisation as the import plans against it, with the roles held at `at` and those waiting for approval. */
async function snapshot(tx: Db, at: string, importer: string, approval: ReadonlySet<RoleId>): Promise<OrgSnapshot> {
  // One after another: a transaction is one connection.
  const f = await tx.query<{ id: string; namn: string }>('select id, namn from forvaltningar order by id');
  const v = await tx.query<{ id: string; namn: string }>('select id, namn from verksamheter order by id');
  const e = await tx.query<{
    id: string;
    namn: string;
    verksamhet_id: string;
    adress: string | null;
    postort: string | null;
    verksamhetsform: 'sol' | 'lss' | null;
    closed_at: string | null;
    start_datum: string | null;
    slut_datum: string | null;
  }>('select id, namn, verksamhet_id, adress, postort, verksamhetsform, closed_at, start_datum, slut_datum from enheter order by id');
  const earliestArende = await earliestArenden(tx);
  const u = await tx.query<{
    id: string;
    namn: string;
    titel: string | null;
    telefon: string | null;
    epost: string | null;
    login_subject: string | null;
  }>('select id, namn, titel, telefon, epost, login_subject from users order by id');
  const ra = await tx.query<{
    user_id: string;
    role: string;
    scope_kind: 'enhet' | 'verksamhet' | 'forvaltning';
    scope_id: string;
    pending: boolean;
  }>(
    `select user_id, role, scope_kind, scope_id, false as pending from role_assignments
       where valid_from <= $1 and (valid_to is null or valid_to > $1)
     union all select user_id, role, scope_kind, scope_id, true from role_requests where decision is null`,
    [at],
  );
  const opt = <K extends string>(key: K, value: string | null) => (value ? ({ [key]: value } as Record<K, string>) : {});
  return {
    forvaltningar: f.rows,
    verksamheter: v.rows,
    enheter: e.rows.map((x) => ({
      id: x.id,
      namn: x.namn,
      verksamhetId: x.verksamhet_id,
      ...opt('adress', x.adress),
      ...opt('postort', x.postort),
      ...(x.verksamhetsform ? { verksamhetsform: x.verksamhetsform } : {}),
      ...opt('startDatum', x.start_datum),
      ...opt('slutDatum', x.slut_datum ?? (x.closed_at ? (stockholmDate(x.closed_at) ?? null) : null)),
      stangd: x.closed_at !== null,
    })),
    earliestArende,
    people: u.rows.map((x) => ({
      userId: x.id,
      namn: x.namn,
      ...opt('titel', x.titel),
      ...opt('telefon', x.telefon),
      ...opt('epost', x.epost),
      ...opt('loginSubject', x.login_subject),
    })),
    assignments: ra.rows.map((x) => ({
      userId: x.user_id,
      role: x.role,
      scopeKind: x.scope_kind,
      scopeId: x.scope_id,
      ...(x.pending ? { pending: true as const } : {}),
    })),
    importer,
    approval,
  };
}

/** New ids that collide neither with the organisation's ids nor with each other (the suffix is short). */
function idsAvoiding(org: OrgSnapshot): (prefix: string, namn: string) => string {
  const taken = new Set(
    [...org.forvaltningar, ...org.verksamheter, ...org.enheter].map((x) => x.id).concat(org.people.map((p) => p.userId)),
  );
  return (prefix, namn) => {
    let id = newId(prefix, namn);
    while (taken.has(id)) id = newId(prefix, namn);
    taken.add(id);
    return id;
  };
}

/**
 * The administratör's CSV import: a dry run reads the organisation and stores nothing; the import plans
 * again inside one transaction (under a lock, so two imports do not both add the same enhet) and
 * writes everything, each change kept like a manual edit, or nothing when the file has an error.
 */
export function pgCsvImport(
  db: Db,
  approval: ReadonlySet<RoleId>,
  afterChange: () => void,
): (csv: string, apply: boolean, by: string, at: string) => Promise<CsvImportAnswer> {
  return async (csv, apply, by, at) => {
    if (!apply) {
      const org = await snapshot(db, at, by, approval);
      return planCsv(csv, org, idsAvoiding(org)).answer;
    }
    let wrote = false;
    const answer = await db
      .transaction(async (tx) => {
        await tx.query("select pg_advisory_xact_lock(hashtext('kvalitetsflode.organisation_import'))");
        const org = await snapshot(tx, at, by, approval);
        const { plan, answer: planned } = planCsv(csv, org, idsAvoiding(org));
        if (planned.errors.length > 0) return planned;
        for (const op of plan.ops) await writeImportOp(tx, op, by, at);
        if (plan.ops.length > 0) {
          await recordChange(tx, at, by, 'csv_import', 'organisation', summaryOf(plan.ops, planned.rows), {
            source: 'csv',
            rows: planned.rows,
            changes: plan.ops.length,
          });
          wrote = true;
        }
        return { ...planned, applied: true };
      })
      .catch((e: unknown) => {
        // A person saved by hand with the same inloggnings-id between the plan and the write.
        throw isLoginSubjectConflict(e)
          ? new ApiFailure(
              409,
              'conflict',
              'Ett inloggnings-id i filen sparades samtidigt för en annan person. Inget har importerats; kontrollera filen igen.',
            )
          : e;
      });
    if (wrote) afterChange();
    return answer;
  };
}

/** One line for the whole import: "Import från CSV-fil (12 rader): 2 nya enheter, 3 nya personer, 4 nya roller". */
function summaryOf(ops: readonly ImportOp[], rows: number): string {
  const count = (op: ImportOp['op'], isNew: boolean | undefined) =>
    ops.filter((o) => o.op === op && (isNew === undefined || !('isNew' in o) || o.isNew === isNew)).length;
  const parts = [
    [count('verksamhet', undefined), 'ny verksamhet', 'nya verksamheter'],
    [count('enhet', true), 'ny enhet', 'nya enheter'],
    [count('enhet', false), 'ändrad enhet', 'ändrade enheter'],
    [count('person', true), 'ny person', 'nya personer'],
    [count('person', false), 'ändrad person', 'ändrade personer'],
    [ops.filter((o) => o.op === 'roll' && !o.pending).length, 'ny roll', 'nya roller'],
    [ops.filter((o) => o.op === 'roll' && o.pending).length, 'roll att godkänna', 'roller att godkänna'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return `Import från CSV-fil (${rows} ${rows === 1 ? 'rad' : 'rader'}): ${said.join(', ')}`;
}
