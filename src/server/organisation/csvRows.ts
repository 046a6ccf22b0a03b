import { isRoleId, ROLE_TITLES, ROLES } from '../../engine/internal';
import type { RoleId } from '../../engine/internal';
import { EPOST_PATTERN, TELEFON_PATTERN } from '../../api/wire/organisationSchemas';
import { enhetDatesProblem } from './enhetDates';
import { loginSubjectProblem } from './loginSubject';

/** A row that describes an enhet (and, by name, its verksamhet). */
export interface EnhetRow {
  row: number;
  typ: 'enhet';
  verksamhet: string;
  enhet: string;
  adress?: string;
  postort?: string;
  verksamhetsform?: 'sol' | 'lss';
  /** The first day of its verksamhet (`YYYY-MM-DD`); an empty cell keeps what the organisation has. */
  startDatum?: string;
  /** The row has errors: its names are known (so roles there are not refused too), nothing is planned. */
  invalid?: true;
}

/** Where a role applies, by name as the file writes it. */
export type ScopeByName =
  { kind: 'forvaltning' } | { kind: 'verksamhet'; verksamhet: string } | { kind: 'enhet'; verksamhet?: string; enhet: string };

/** A row that describes a person, and optionally one role (more roles: more rows for the same person). */
export interface PersonRow {
  row: number;
  typ: 'person';
  namn: string;
  titel?: string;
  epost?: string;
  telefon?: string;
  inloggningsId?: string;
  role?: { role: RoleId; scope: ScopeByName };
}

export interface RowError {
  row: number;
  message: string;
}

export type Column =
  | 'typ'
  | 'verksamhet'
  | 'enhet'
  | 'adress'
  | 'postort'
  | 'verksamhetsform'
  | 'startdatum'
  | 'namn'
  | 'fornamn'
  | 'efternamn'
  | 'befattning'
  | 'epost'
  | 'telefon'
  | 'inloggningsId'
  | 'roll'
  | 'niva';

/** Folded header names (lower case, no diacritics, letters and digits only) and the column each means. */
const HEADERS: Record<string, Column> = {
  typ: 'typ',
  verksamhet: 'verksamhet',
  enhet: 'enhet',
  adress: 'adress',
  besoksadress: 'adress',
  postort: 'postort',
  verksamhetsform: 'verksamhetsform',
  startdatum: 'startdatum',
  namn: 'namn',
  fornamn: 'fornamn',
  efternamn: 'efternamn',
  befattning: 'befattning',
  titel: 'befattning',
  epost: 'epost',
  email: 'epost',
  mejl: 'epost',
  telefon: 'telefon',
  inloggningsid: 'inloggningsId',
  roll: 'roll',
  niva: 'niva',
  gallerfor: 'niva',
};

/** The column names as the file writes them (the template and the page use these). */
export const COLUMN_NAMES: Record<Column, string> = {
  typ: 'typ',
  verksamhet: 'verksamhet',
  enhet: 'enhet',
  adress: 'adress',
  postort: 'postort',
  verksamhetsform: 'verksamhetsform',
  startdatum: 'startdatum',
  namn: 'namn',
  fornamn: 'förnamn',
  efternamn: 'efternamn',
  befattning: 'befattning',
  epost: 'e-post',
  telefon: 'telefon',
  inloggningsId: 'inloggnings-id',
  roll: 'roll',
  niva: 'nivå',
};

const ENHET_ONLY: readonly Column[] = ['adress', 'postort', 'verksamhetsform', 'startdatum'];
const PERSON_ONLY: readonly Column[] = ['namn', 'fornamn', 'efternamn', 'befattning', 'epost', 'telefon', 'inloggningsId', 'roll', 'niva'];

/** Lower case without diacritics or spacing: "Nivå" is "niva", "E-post" is "epost", "SAS" is "sas". */
export const fold = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');

/** Role names a file may use: the ids, the Swedish titles, and the titles written out. */
const ROLE_NAMES: ReadonlyMap<string, RoleId> = new Map<string, RoleId>([
  ...ROLES.map((r): [string, RoleId] => [fold(r), r]),
  ...ROLES.map((r): [string, RoleId] => [fold(ROLE_TITLES[r]), r]),
  [fold('socialt ansvarig samordnare'), 'sas'],
  [fold('medicinskt ansvarig sjuksköterska'), 'mas'],
]);

export function roleOf(name: string): RoleId | undefined {
  const id = ROLE_NAMES.get(fold(name));
  return isRoleId(id) ? id : undefined;
}

const ROLE_LIST = ROLES.map((r) => ROLE_TITLES[r]).join(', ');
const epost = new RegExp(EPOST_PATTERN);
const telefon = new RegExp(TELEFON_PATTERN);

/** The header row read: which cell holds which column, and the columns the import does not read. */
export function readHeader(header: readonly string[]): { columns: Map<Column, number>; ignored: string[]; errors: RowError[] } {
  const columns = new Map<Column, number>();
  const ignored: string[] = [];
  const errors: RowError[] = [];
  header.forEach((cell, index) => {
    const column = HEADERS[fold(cell)];
    if (!column) {
      if (cell.trim() !== '') ignored.push(cell.trim());
      return;
    }
    if (columns.has(column)) errors.push({ row: 1, message: `Kolumnen ${COLUMN_NAMES[column]} finns två gånger i rubrikraden.` });
    else columns.set(column, index);
  });
  const hasName = columns.has('namn') || (columns.has('fornamn') && columns.has('efternamn'));
  if (!columns.has('enhet') && !hasName)
    errors.push({
      row: 1,
      message:
        `Rubrikraden saknar kolumnerna som behövs: enhet (för enheter) eller namn (för personer). Första raden ska vara rubriker, ` +
        `till exempel ${['typ', 'verksamhet', 'enhet', 'namn', 'e-post', 'roll'].join(';')}.`,
    });
  return { columns, ignored, errors };
}

/** One data row's cells by column (trimmed, spaces collapsed) and the errors found in it so far. */
interface RowReader {
  row: number;
  cells: readonly string[];
  columns: ReadonlyMap<Column, number>;
  errors: string[];
  get: (c: Column) => string;
  /** An error when the cell is longer than `max`. */
  long: (c: Column, max: number) => void;
  /** An error naming the cells of `only` that a row of this typ fills. */
  notHere: (only: readonly Column[], typ: string) => void;
}

type ReadRow = { value?: EnhetRow | PersonRow; errors: RowError[] };

/**
 * One data row as an enhet or a person, or the errors that name what is wrong with it. Without a
 * typ column every row is a person (an HR export lists people).
 */
export function readRow(cells: readonly string[], row: number, columns: ReadonlyMap<Column, number>): ReadRow {
  const get = (c: Column): string => {
    const index = columns.get(c);
    return index === undefined ? '' : (cells[index] ?? '').trim().replace(/\s+/g, ' ');
  };
  const errors: string[] = [];
  const reader: RowReader = {
    row,
    cells,
    columns,
    errors,
    get,
    long: (c, max) => {
      if (get(c).length > max) errors.push(`${capital(COLUMN_NAMES[c])} får ha högst ${max} tecken.`);
    },
    notHere: (only, typ) => {
      const filled = only.filter((c) => get(c) !== '');
      if (filled.length > 0) errors.push(`En rad av typen ${typ} ska inte ha ${filled.map((c) => COLUMN_NAMES[c]).join(', ')} ifyllt.`);
    },
  };
  const typCell = get('typ');
  const typ = columns.has('typ') ? fold(typCell) : 'person';
  if (typ === 'enhet') return done(reader, readEnhet(reader));
  if (typ === 'person') return done(reader, readPerson(reader));
  errors.push(typCell ? `Typen "${typCell}" finns inte: skriv enhet eller person.` : 'Typ saknas: skriv enhet eller person.');
  return done(reader, { row, typ: 'person', namn: '' });
}

/** The row as read when it has no errors; with errors, an enhet row that names its place is kept as `invalid`. */
function done({ row, errors }: RowReader, value: EnhetRow | PersonRow): ReadRow {
  const named = value.typ === 'enhet' && value.verksamhet !== '' && value.enhet !== '';
  const kept = errors.length === 0 ? value : named ? { ...value, invalid: true as const } : undefined;
  return { ...(kept ? { value: kept } : {}), errors: errors.map((message) => ({ row, message })) };
}

function readEnhet({ row, errors, get, long, notHere }: RowReader): EnhetRow {
  const verksamhet = get('verksamhet');
  const enhet = get('enhet');
  if (!verksamhet) errors.push('Verksamhet saknas: en enhet hör till en verksamhet (den skapas om den inte finns).');
  if (!enhet) errors.push('Enhetens namn saknas i kolumnen enhet.');
  long('verksamhet', 200);
  long('enhet', 200);
  long('adress', 200);
  long('postort', 100);
  const form = fold(get('verksamhetsform'));
  if (form !== '' && form !== 'sol' && form !== 'lss')
    errors.push(`Verksamhetsformen "${get('verksamhetsform')}" finns inte: skriv SoL, LSS eller lämna tomt.`);
  const start = get('startdatum');
  const startProblem = start ? enhetDatesProblem({ startDatum: start }) : undefined;
  if (startProblem) errors.push(startProblem);
  notHere(PERSON_ONLY, 'enhet');
  return {
    row,
    typ: 'enhet',
    verksamhet,
    enhet,
    ...(get('adress') ? { adress: get('adress') } : {}),
    ...(get('postort') ? { postort: get('postort') } : {}),
    ...(form === 'sol' || form === 'lss' ? { verksamhetsform: form } : {}),
    ...(start && !startProblem ? { startDatum: start } : {}),
  };
}

function readPerson({ row, cells, columns, errors, get, long, notHere }: RowReader): PersonRow {
  const namn = get('namn') || [get('fornamn'), get('efternamn')].filter(Boolean).join(' ');
  if (!namn) errors.push('Personens namn saknas.');
  long('namn', 200);
  long('befattning', 200);
  const mail = get('epost');
  if (mail && (mail.length > 200 || !epost.test(mail))) errors.push(`E-postadressen "${mail}" är inte giltig.`);
  const phone = get('telefon');
  if (phone && !telefon.test(phone))
    errors.push(`Telefonnumret "${phone}" är inte giltigt: siffror, mellanslag, bindestreck och parenteser, 6–20 tecken.`);
  // Cells are trimmed and their spaces collapsed above; a space left inside an id is still refused.
  const rawLogin = (cells[columns.get('inloggningsId') ?? -1] ?? '').trim();
  const loginProblem = rawLogin ? loginSubjectProblem(rawLogin) : undefined;
  if (loginProblem) errors.push(loginProblem);
  if (!mail && !rawLogin)
    errors.push(
      `${namn || 'Personen'} saknar både inloggnings-id och e-post: en av dem behövs för att känna igen personen vid nästa import.`,
    );
  notHere(ENHET_ONLY, 'person');
  const roleCell = get('roll');
  const role = roleCell ? roleOf(roleCell) : undefined;
  if (roleCell && !role) errors.push(`Rollen "${roleCell}" finns inte. Roller: ${ROLE_LIST}.`);
  const scope = scopeOf(get('niva'), get('verksamhet'), get('enhet'), roleCell, errors);
  return {
    row,
    typ: 'person',
    namn,
    ...(get('befattning') ? { titel: get('befattning') } : {}),
    ...(mail ? { epost: mail } : {}),
    ...(phone ? { telefon: phone } : {}),
    ...(rawLogin ? { inloggningsId: rawLogin } : {}),
    ...(role && scope ? { role: { role, scope } } : {}),
  };
}

/** Where a person row's role applies: the nivå column, or else the most specific name given. */
function scopeOf(nivaCell: string, verksamhet: string, enhet: string, roleCell: string, errors: string[]): ScopeByName | undefined {
  const niva = fold(nivaCell) || (enhet ? 'enhet' : verksamhet ? 'verksamhet' : '');
  if (!roleCell) {
    if (nivaCell || verksamhet || enhet)
      errors.push('Verksamhet, enhet eller nivå är ifyllt men rollen saknas: skriv vilken roll personen har där.');
    return undefined;
  }
  if (niva === 'forvaltning') {
    if (verksamhet || enhet)
      errors.push('Nivån är förvaltning, men verksamhet eller enhet är också ifyllt: lämna dem tomma för en roll i hela förvaltningen.');
    return { kind: 'forvaltning' };
  }
  if (niva === 'verksamhet') {
    if (!verksamhet) errors.push('Nivån är verksamhet men verksamhetens namn saknas.');
    if (enhet) errors.push('Nivån är verksamhet, men enhet är också ifyllt: lämna enhet tom för en roll i hela verksamheten.');
    return { kind: 'verksamhet', verksamhet };
  }
  if (niva === 'enhet') {
    if (!enhet) errors.push('Nivån är enhet men enhetens namn saknas.');
    return { kind: 'enhet', enhet, ...(verksamhet ? { verksamhet } : {}) };
  }
  errors.push(
    nivaCell
      ? `Nivån "${nivaCell}" finns inte: skriv enhet, verksamhet eller förvaltning.`
      : `Det står inte var rollen ${roleCell} gäller: fyll i enhet eller verksamhet, eller skriv förvaltning i kolumnen nivå.`,
  );
  return undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
