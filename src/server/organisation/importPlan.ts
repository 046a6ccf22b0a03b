import type { CsvImportItem } from '../../api/contract';
import { ROLE_TITLES } from '../../engine/index';
import type { RoleId } from '../../engine/index';
import type { EnhetRow, PersonRow, RowError, ScopeByName } from './csvRows';
import { enhetDatesProblem } from './enhetDates';

type ScopeKind = 'enhet' | 'verksamhet' | 'forvaltning';

/** The organisation as the import compares with it: names, details, login ids and the roles held now. */
export interface OrgSnapshot {
  forvaltningar: { id: string; namn: string }[];
  verksamheter: { id: string; namn: string }[];
  enheter: {
    id: string;
    namn: string;
    verksamhetId: string;
    adress?: string;
    postort?: string;
    verksamhetsform?: 'sol' | 'lss';
    startDatum?: string;
    slutDatum?: string;
    stangd: boolean;
  }[];
  /** The Stockholm day each enhet's first ärende was opened: its start date may not come after it. */
  earliestArende?: ReadonlyMap<string, string>;
  people: { userId: string; namn: string; titel?: string; telefon?: string; epost?: string; loginSubject?: string }[];
  assignments: { userId: string; role: string; scopeKind: ScopeKind; scopeId: string }[];
}

export interface EnhetFields {
  adress?: string;
  postort?: string;
  verksamhetsform?: 'sol' | 'lss';
  startDatum?: string;
}

export interface PersonFields {
  namn: string;
  titel?: string;
  telefon?: string;
  epost?: string;
  loginSubject?: string;
}

/** One write of the import, in the order it must run (a verksamhet before its enheter, a person before a role). */
export type ImportOp =
  | { op: 'verksamhet'; row: number; id: string; namn: string; forvaltningId: string; forvaltning: string }
  | {
      op: 'enhet';
      row: number;
      id: string;
      isNew: boolean;
      namn: string;
      verksamhetId: string;
      verksamhet: string;
      fields: EnhetFields;
      changed: string[];
    }
  | { op: 'person'; row: number; userId: string; isNew: boolean; fields: PersonFields; changed: string[]; loginBefore?: string }
  | { op: 'roll'; row: number; userId: string; namn: string; role: RoleId; scope: { kind: ScopeKind; id: string }; scopeName: string };

export interface ImportPlan {
  ops: ImportOp[];
  items: CsvImportItem[];
  errors: RowError[];
}

/** Names match without regard to case or spacing ("hemtjänst  norr" is "Hemtjänst Norr"), but å is not a. */
const nameKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
const mailKey = (s: string) => s.trim().toLowerCase();

interface KnownVerksamhet {
  id: string;
  namn: string;
}
interface KnownEnhet {
  id: string;
  namn: string;
  verksamhetId: string;
  stangd: boolean;
  slutDatum?: string;
  /** The values after the import, and the row that set them (when a row of this file did). */
  fields: EnhetFields;
  row?: number;
}

interface PersonGroup {
  key: string;
  rows: PersonRow[];
  fields: Partial<Record<keyof PersonFields, { value: string; row: number }>>;
  userId?: string;
  namn?: string;
}

const PERSON_LABELS: Record<keyof PersonFields, string> = {
  namn: 'namn',
  titel: 'befattning',
  telefon: 'telefon',
  epost: 'e-post',
  loginSubject: 'inloggnings-id',
};
const ENHET_LABELS: Record<keyof EnhetFields, string> = {
  adress: 'adress',
  postort: 'postort',
  verksamhetsform: 'verksamhetsform',
  startDatum: 'startdatum',
};

/**
 * What a file would do to the organisation: pure, so the dry run and the import (which plans again
 * inside its transaction) give the same answer. Nothing is ever removed or ended by an import.
 */
export function planImport(
  rows: readonly (EnhetRow | PersonRow)[],
  org: OrgSnapshot,
  newId: (prefix: string, namn: string) => string,
): ImportPlan {
  const ops: ImportOp[] = [];
  const items: CsvImportItem[] = [];
  const errors: RowError[] = [];
  const fail = (row: number, message: string) => void errors.push({ row, message });
  const item = (row: number, kind: CsvImportItem['kind'], action: CsvImportItem['action'], text: string) =>
    void items.push({ row, kind, action, text });

  const verksamheter = new Map<string, KnownVerksamhet[]>();
  for (const v of org.verksamheter) push(verksamheter, nameKey(v.namn), { id: v.id, namn: v.namn });
  const verksamhetName = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
  const enheter: KnownEnhet[] = org.enheter.map((e) => ({
    id: e.id,
    namn: e.namn,
    verksamhetId: e.verksamhetId,
    stangd: e.stangd,
    ...(e.slutDatum ? { slutDatum: e.slutDatum } : {}),
    fields: {
      ...(e.adress ? { adress: e.adress } : {}),
      ...(e.postort ? { postort: e.postort } : {}),
      ...(e.verksamhetsform ? { verksamhetsform: e.verksamhetsform } : {}),
      ...(e.startDatum ? { startDatum: e.startDatum } : {}),
    },
  }));
  const forvaltning = org.forvaltningar.length === 1 ? org.forvaltningar[0] : undefined;

  /** The one verksamhet of this name ('flera' when the organisation has several). */
  const verksamhetOf = (namn: string): KnownVerksamhet | 'flera' | undefined => {
    const found = verksamheter.get(nameKey(namn)) ?? [];
    return found.length > 1 ? 'flera' : found[0];
  };
  const several = (namn: string) =>
    `Det finns flera verksamheter som heter "${namn}". Byt namn på en av dem under Verksamheter och enheter först.`;

  // Enheter first, so a person row may name an enhet that a later row of the file adds.
  for (const r of rows) {
    if (r.typ !== 'enhet') continue;
    let v = verksamhetOf(r.verksamhet);
    if (v === 'flera') {
      fail(r.row, several(r.verksamhet));
      continue;
    }
    if (!v) {
      if (!forvaltning) {
        fail(
          r.row,
          `Verksamheten "${r.verksamhet}" finns inte, och organisationen har ${org.forvaltningar.length} förvaltningar: lägg ` +
            `till verksamheten under Verksamheter och enheter först.`,
        );
        continue;
      }
      v = { id: newId('verksamhet', r.verksamhet), namn: r.verksamhet };
      push(verksamheter, nameKey(v.namn), v);
      verksamhetName.set(v.id, v.namn);
      if (!r.invalid) {
        ops.push({ op: 'verksamhet', row: r.row, id: v.id, namn: v.namn, forvaltningId: forvaltning.id, forvaltning: forvaltning.namn });
        item(r.row, 'verksamhet', 'ny', `${v.namn} (${forvaltning.namn})`);
      }
    }
    const wanted: EnhetFields = {
      ...(r.adress ? { adress: r.adress } : {}),
      ...(r.postort ? { postort: r.postort } : {}),
      ...(r.verksamhetsform ? { verksamhetsform: r.verksamhetsform } : {}),
      ...(r.startDatum ? { startDatum: r.startDatum } : {}),
    };
    const same = enheter.filter((e) => e.verksamhetId === v.id && nameKey(e.namn) === nameKey(r.enhet));
    if (r.invalid) {
      // Known by name, so rows that give roles there are not refused as well; nothing is planned for it.
      if (same.length === 0)
        enheter.push({ id: newId('enhet', r.enhet), namn: r.enhet, verksamhetId: v.id, stangd: false, fields: wanted, row: r.row });
      continue;
    }
    if (same.length > 1) {
      fail(
        r.row,
        `Det finns flera enheter som heter "${r.enhet}" i verksamheten ${v.namn}. Byt namn på en av dem under Verksamheter och ` +
          `enheter först.`,
      );
      continue;
    }
    const e = same[0];
    const label = `${e?.namn ?? r.enhet} (${v.namn})`;
    if (!e) {
      const id = newId('enhet', r.enhet);
      enheter.push({ id, namn: r.enhet, verksamhetId: v.id, stangd: false, fields: wanted, row: r.row });
      ops.push({
        op: 'enhet',
        row: r.row,
        id,
        isNew: true,
        namn: r.enhet,
        verksamhetId: v.id,
        verksamhet: v.namn,
        fields: wanted,
        changed: [],
      });
      item(r.row, 'enhet', 'ny', label);
      continue;
    }
    const changed = (Object.keys(wanted) as (keyof EnhetFields)[]).filter((k) => wanted[k] !== e.fields[k]);
    if (e.row !== undefined) {
      // A second row for an enhet this file already describes: the same, or a contradiction.
      if (changed.length > 0)
        fail(r.row, `Enheten ${label} finns redan på rad ${e.row} med en annan ${changed.map((k) => ENHET_LABELS[k]).join(', ')}.`);
      else item(r.row, 'enhet', 'oforandrad', `${label}, samma som rad ${e.row}`);
      continue;
    }
    e.row = r.row;
    const dates = wanted.startDatum
      ? enhetDatesProblem({ startDatum: wanted.startDatum, slutDatum: e.slutDatum, earliestArende: org.earliestArende?.get(e.id) })
      : undefined;
    if (dates) {
      fail(r.row, `Enheten ${label}: ${dates}`);
      continue;
    }
    if (changed.length === 0) {
      item(r.row, 'enhet', 'oforandrad', label);
      continue;
    }
    const before = e.fields;
    e.fields = { ...e.fields, ...wanted };
    ops.push({
      op: 'enhet',
      row: r.row,
      id: e.id,
      isNew: false,
      namn: e.namn,
      verksamhetId: e.verksamhetId,
      verksamhet: v.namn,
      fields: e.fields,
      changed: changed.map((k) => ENHET_LABELS[k]),
    });
    item(
      r.row,
      'enhet',
      'andrad',
      `${label}: ${changed.map((k) => `${ENHET_LABELS[k]} ${shown(formOf(before[k]))} → ${shown(formOf(wanted[k]))}`).join(', ')}`,
    );
  }

  const personRows = rows.filter((r): r is PersonRow => r.typ === 'person');
  const groups = groupPeople(personRows, fail);
  const failed = new Set<PersonGroup>();
  resolvePeople(groups, org, newId, fail, failed, ops, item);

  // Roles last: each names a person (matched or new) and a place (existing or added above).
  const held = new Set(org.assignments.map((a) => `${a.userId}|${a.role}|${a.scopeKind}|${a.scopeId}`));
  const planned = new Map<string, number>();
  const scopeOf = (row: number, scope: ScopeByName): { kind: ScopeKind; id: string; namn: string; stangd?: boolean } | undefined => {
    if (scope.kind === 'forvaltning') {
      if (forvaltning) return { kind: 'forvaltning', id: forvaltning.id, namn: forvaltning.namn };
      return void fail(
        row,
        `Organisationen har ${org.forvaltningar.length} förvaltningar: ge rollen för hela förvaltningen under Personer och ` +
          `roller i stället.`,
      );
    }
    const v = scope.verksamhet ? verksamhetOf(scope.verksamhet) : undefined;
    if (v === 'flera') return void fail(row, several(scope.verksamhet ?? ''));
    if (scope.verksamhet && !v)
      return void fail(
        row,
        `Verksamheten "${scope.verksamhet}" finns inte – varken i organisationen eller som en rad av typen enhet i filen.`,
      );
    if (scope.kind === 'verksamhet') return v && { kind: 'verksamhet', id: v.id, namn: v.namn };
    const found = enheter.filter((e) => (!v || e.verksamhetId === v.id) && nameKey(e.namn) === nameKey(scope.enhet));
    if (found.length === 0)
      return void fail(
        row,
        v
          ? `Enheten "${scope.enhet}" finns inte i verksamheten ${v.namn} – varken i organisationen eller i filen.`
          : `Enheten "${scope.enhet}" finns inte – varken i organisationen eller som en rad av typen enhet i filen.`,
      );
    if (found.length > 1)
      return void fail(
        row,
        `Det finns flera enheter som heter "${scope.enhet}" (i ` +
          `${found.map((e) => verksamhetName.get(e.verksamhetId) ?? e.verksamhetId).join(' och ')}): fyll i verksamhet på raden.`,
      );
    const e = found[0]!;
    return { kind: 'enhet', id: e.id, namn: e.namn, stangd: e.stangd };
  };
  for (const g of groups) {
    for (const r of g.rows) {
      if (!r.role) continue;
      const scope = scopeOf(r.row, r.role.scope);
      if (!scope || failed.has(g) || !g.userId) continue;
      const text = `${g.namn}: ${ROLE_TITLES[r.role.role]} för ${scope.namn}`;
      const key = `${g.userId}|${r.role.role}|${scope.kind}|${scope.id}`;
      const earlier = planned.get(key);
      if (held.has(key)) item(r.row, 'roll', 'oforandrad', text);
      else if (earlier !== undefined) item(r.row, 'roll', 'oforandrad', `${text}, samma som rad ${earlier}`);
      else if (scope.stangd) fail(r.row, `Enheten ${scope.namn} är stängd och kan inte få nya roller.`);
      else {
        planned.set(key, r.row);
        ops.push({
          op: 'roll',
          row: r.row,
          userId: g.userId,
          namn: g.namn ?? '',
          role: r.role.role,
          scope: { kind: scope.kind, id: scope.id },
          scopeName: scope.namn,
        });
        item(r.row, 'roll', 'ny', text);
      }
    }
  }

  // Sorting is stable: within a row, the order the checks ran in stays.
  const byRow = <T extends { row: number }>(list: T[]) => [...list].sort((a, b) => a.row - b.row);
  return { ops, items: byRow(items), errors: byRow(errors) };
}

/** A value in a change's text: quoted, or "(tomt)" when there was none. */
const shown = (value: string | undefined) => (value ? `"${value}"` : '(tomt)');

const formOf = (value: string | undefined) => (value === 'sol' ? 'SoL' : value === 'lss' ? 'LSS' : value);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Rows of the same person become one group: the same inloggnings-id, or else the same e-post (a row
 * without an id joins the group whose id rows give that e-post). Their details must agree.
 */
function groupPeople(rows: readonly PersonRow[], fail: (row: number, message: string) => void): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  const idOfMail = new Map<string, { id: string; row: number }>();
  for (const r of rows) {
    if (!r.inloggningsId || !r.epost) continue;
    const known = idOfMail.get(mailKey(r.epost));
    if (!known) idOfMail.set(mailKey(r.epost), { id: r.inloggningsId, row: r.row });
    else if (known.id !== r.inloggningsId)
      fail(
        r.row,
        `E-postadressen ${r.epost} står på rad ${known.row} med inloggnings-id ${known.id}, här med ${r.inloggningsId}: två ` +
          `personer kan inte ha samma e-post.`,
      );
  }
  for (const r of rows) {
    const id = r.inloggningsId ?? (r.epost ? idOfMail.get(mailKey(r.epost))?.id : undefined);
    const key = id !== undefined ? `id:${id}` : `epost:${mailKey(r.epost ?? '')}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, rows: [], fields: {} }));
    g.rows.push(r);
    const values: PersonFields = {
      namn: r.namn,
      ...(r.titel ? { titel: r.titel } : {}),
      ...(r.telefon ? { telefon: r.telefon } : {}),
      ...(r.epost ? { epost: r.epost } : {}),
      ...(r.inloggningsId ? { loginSubject: r.inloggningsId } : {}),
    };
    for (const k of Object.keys(values) as (keyof PersonFields)[]) {
      const value = values[k]!;
      const before = g.fields[k];
      if (!before) g.fields[k] = { value, row: r.row };
      else if (k === 'namn' && before.value !== value && id !== undefined)
        fail(
          r.row,
          `Inloggnings-id ${id} står också på rad ${before.row}, för ${before.value}: samma inloggnings-id kan inte höra till ` +
            `två personer (här ${value}).`,
        );
      else if (k === 'namn' && before.value !== value)
        fail(
          r.row,
          `E-postadressen ${r.epost ?? ''} står också på rad ${before.row}, för ${before.value}: två personer kan inte ha samma ` +
            `e-post (här ${value}).`,
        );
      else if (k === 'epost' ? mailKey(before.value) !== mailKey(value) : before.value !== value)
        fail(
          r.row,
          `${PERSON_LABELS[k].charAt(0).toUpperCase()}${PERSON_LABELS[k].slice(1)} "${value}" skiljer sig från rad ${before.row} ` +
            `("${before.value}") för samma person. Skriv samma uppgifter på varje rad för en person, eller lämna fältet tomt.`,
        );
    }
  }
  return [...groups.values()];
}

/** Each group is an existing person (by inloggnings-id, else e-post) or a new one; what would change. */
function resolvePeople(
  groups: readonly PersonGroup[],
  org: OrgSnapshot,
  newId: (prefix: string, namn: string) => string,
  fail: (row: number, message: string) => void,
  failed: Set<PersonGroup>,
  ops: ImportOp[],
  item: (row: number, kind: CsvImportItem['kind'], action: CsvImportItem['action'], text: string) => void,
): void {
  const byLogin = new Map(org.people.filter((p) => p.loginSubject).map((p) => [p.loginSubject!, p]));
  const byMail = new Map<string, OrgSnapshot['people']>();
  for (const p of org.people) if (p.epost) push(byMail, mailKey(p.epost), p);
  const matched = new Map<string, number>();
  for (const g of groups) {
    const row = g.rows[0]!.row;
    const want: PersonFields = { namn: g.fields.namn?.value ?? '' };
    for (const k of ['titel', 'telefon', 'epost', 'loginSubject'] as const) if (g.fields[k]) want[k] = g.fields[k].value;
    const refuse = (message: string) => {
      fail(row, message);
      failed.add(g);
    };
    let p = want.loginSubject ? byLogin.get(want.loginSubject) : undefined;
    if (!p && want.epost) {
      const candidates = byMail.get(mailKey(want.epost)) ?? [];
      if (candidates.length > 1) {
        refuse(
          `E-postadressen ${want.epost} finns hos flera personer i organisationen ` +
            `(${candidates.map((c) => c.namn).join(', ')}): ange inloggnings-id för att välja vem.`,
        );
        continue;
      }
      const c = candidates[0];
      if (c?.loginSubject && want.loginSubject && c.loginSubject !== want.loginSubject) {
        refuse(
          `E-postadressen ${want.epost} hör till ${c.namn}, som har inloggnings-id ${c.loginSubject}, inte ` +
            `${want.loginSubject}. Rätta filen, eller ändra inloggnings-id för ${c.namn} under Personer och roller först.`,
        );
        continue;
      }
      p = c;
    }
    if (!p) {
      g.userId = newId('user', want.namn);
      g.namn = want.namn;
      ops.push({ op: 'person', row, userId: g.userId, isNew: true, fields: want, changed: [] });
      item(
        row,
        'person',
        'ny',
        `${want.namn}${want.loginSubject ? `, inloggnings-id ${want.loginSubject}` : ''}${want.epost ? `, ${want.epost}` : ''}`,
      );
      continue;
    }
    const earlier = matched.get(p.userId);
    if (earlier !== undefined) {
      refuse(
        `Raden gäller samma person som rad ${earlier} (${p.namn}), men med ett annat inloggnings-id eller en annan e-post. ` +
          `Skriv samma uppgifter på båda raderna.`,
      );
      continue;
    }
    matched.set(p.userId, row);
    if (want.epost && mailKey(want.epost) !== mailKey(p.epost ?? '')) {
      const other = (byMail.get(mailKey(want.epost)) ?? []).find((q) => q.userId !== p.userId);
      if (other) {
        refuse(`E-postadressen ${want.epost} används redan av ${other.namn} i organisationen.`);
        continue;
      }
    }
    const before: PersonFields = {
      namn: p.namn,
      ...(p.titel ? { titel: p.titel } : {}),
      ...(p.telefon ? { telefon: p.telefon } : {}),
      ...(p.epost ? { epost: p.epost } : {}),
      ...(p.loginSubject ? { loginSubject: p.loginSubject } : {}),
    };
    const changed = (Object.keys(want) as (keyof PersonFields)[]).filter((k) =>
      k === 'epost' ? mailKey(want[k]!) !== mailKey(before[k] ?? '') : want[k] !== before[k],
    );
    g.userId = p.userId;
    g.namn = want.namn;
    if (changed.length === 0) {
      item(row, 'person', 'oforandrad', p.namn);
      continue;
    }
    const fields: PersonFields = { ...before };
    for (const k of changed) fields[k] = want[k]!;
    ops.push({
      op: 'person',
      row,
      userId: p.userId,
      isNew: false,
      fields,
      changed: changed.map((k) => PERSON_LABELS[k]),
      ...(p.loginSubject ? { loginBefore: p.loginSubject } : {}),
    });
    item(
      row,
      'person',
      'andrad',
      `${p.namn}: ${changed.map((k) => `${PERSON_LABELS[k]} ${shown(before[k])} → ${shown(want[k])}`).join(', ')}`,
    );
  }
}
