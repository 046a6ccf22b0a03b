import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { ArendeEvent, OpenData } from '../model/ArendeEvent';
import type { EventStore, ImportBatch } from '../ports/EventStore';
import type { Directory } from '../ports/Directory';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import { ERSATTARE_EVENT } from '../model/JavEvents';
import type { ErsattareData } from '../model/JavEvents';
import { firstUnlawfulAppointment } from './appointmentCheck';
import { isRoleId } from '../model/Role';
import type { Organisation } from '../model/Organisation';
import type { Hasher } from '../ports/Hasher';
import type { SchemaValidator } from '../ports/SchemaValidator';
import type { ArendeSummary } from '../model/ArendeSummary';
import { factsOfState } from '../reports/factsOfState';
import type { ArendeFacts } from '../model/ArendeFacts';
import type { ArendeState } from '../runtime/ArendeState';
import { proveMigration } from '../migration/proveMigration';
import { replay } from '../runtime/replay';
import { toSummary } from '../runtime/toSummary';
import { DefinitionRegistry } from '../service/DefinitionRegistry';
import { backupFormatSchema } from './backupFormatSchema';
import { canonicalJson } from '../events/canonicalJson';

/** One JSON file with every definition and every event: enough to rebuild everything else. */
export interface BackupFile {
  format: 'kvalitetsflode-backup';
  /** 1: browser era, unsigned; 2: from the server, with every chain head signed. */
  formatVersion: 1 | 2;
  exportedAt: string;
  definitions: ProcessDefinition[];
  events: ArendeEvent[];
  /** Each ärende's last event, signed by the server that kept it (checked by the server before import). */
  heads?: SignedHead[];
  /** The signing server's public key(s), for a reader outside the system; imports trust only configured keys. */
  publicKeys?: string[];
  /** What came in through a public form and is not yet registered: no ärende holds it yet, so the file must. */
  inkomna?: BackupIntakeItem[];
  /** The exporting server's signature over the whole `inkomna` list (see {@link intakeDigest}). */
  inkomnaSignatur?: SignedIntake;
  /** The ledger's newest signed checkpoints (issue 22): a count of events and the Merkle root over them in `liggare` order. */
  kontrollpunkter?: BackupCheckpoint[];
  /** Every event's id in the order the log was written (the ledger), which the checkpoints' roots are taken over. */
  liggare?: string[];
}

/**
 * A signed checkpoint of the whole log (issue 22): the first `size` events have the Merkle root `root` (at `at`). `heads`
 * names the newest event number of each ärende written since the previous one, so a vanished ärende can be named.
 */
export interface BackupCheckpoint {
  size: number;
  root: string;
  at: string;
  keyId: string;
  signature: string;
  heads: Readonly<Record<string, number>>;
}

/** A public form's submission waiting to be registered, as the backup carries it. */
export interface BackupIntakeItem {
  id: string;
  processType: string;
  enhetId: string;
  data: Record<string, unknown>;
  receivedAt: string;
  /** The sender's form key, so a retry after a restore still finds its item (absent on items from before keys). */
  idempotencyKey?: string;
}

export interface SignedIntake {
  count: number;
  hash: string;
  keyId: string;
  signature: string;
}

/** Signed as the head of a chain named `inkomna`, which no ärende id can be (they are `arende:…`). */
export const INTAKE_HEAD_ID = 'inkomna';

/** SHA-256 of the list in canonical JSON: the value the signature covers. */
export function intakeDigest(hasher: Hasher, items: readonly BackupIntakeItem[]): string {
  return hasher.sha256Hex(canonicalJson(items));
}

export interface SignedHead {
  arendeId: string;
  seq: number;
  hash: string;
  keyId: string;
  signature: string;
}

export type ImportResult =
  /** `inkomna`: waiting public submissions restored (counted only where the store keeps them: the server). */
  { ok: true; arenden: number; events: number; definitions: number; skipped: number; inkomna?: number } | { ok: false; errors: string[] };

export async function exportBackup(store: EventStore, now: string): Promise<BackupFile> {
  const [definitions, events] = await Promise.all([store.definitions(), store.allEvents()]);
  return { format: 'kvalitetsflode-backup', formatVersion: 1, exportedAt: now, definitions, events };
}

/** What checking a backup needs: no store, so it can run apart from the server's request thread. */
export interface CheckDeps {
  hasher: Hasher;
  validator: SchemaValidator;
  catalog: ProcessCatalog;
  /** The versions already known (published here). */
  known: readonly ProcessDefinition[];
  /** The organisation's history: every event's person must have held its role for the enhet at its time. */
  directory: Directory;
  /** The import's own time: no event may lie after it. */
  now: string;
  /** The last (seq, hash) of those ärenden that already exist here. */
  existing(arendeIds: readonly string[]): Promise<ReadonlyMap<string, { lastSeq: number; lastHash: string }>>;
}

interface ImportDeps extends Omit<CheckDeps, 'known' | 'existing'> {
  store: EventStore;
  registry: DefinitionRegistry;
}

export type CheckResult = { ok: true; batch: ImportBatch; skipped: number; inkomna: BackupIntakeItem[] } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

/** Progress callback; may return a promise so the caller can yield between batches. */
export type ImportProgress = (done: number, total: number) => void | Promise<void>;

/**
 * Checks a whole backup without writing anything: format, each definition verified, each ärende's
 * hash chain and a strict replay through its pinned definition, and who held which role when.
 */
export async function checkBackup(input: unknown, deps: CheckDeps, onProgress?: ImportProgress): Promise<CheckResult> {
  const formatErrors = deps.validator.compile(backupFormatSchema(Object.keys(deps.catalog.packs.linkTitles)))(input);
  if (formatErrors.length > 0)
    return {
      ok: false,
      errors: [
        'Filen är inte en säkerhetskopia från Kvalitetsflöde i rätt format.',
        ...formatErrors.slice(0, MAX_ERRORS).map((e) => e.message),
      ],
    };
  const file = input as BackupFile;
  const errors: string[] = [];
  const { scratch, newDefinitions } = checkDefinitions(file, deps, errors);
  const org = await deps.directory.organisation();
  const arenden = await checkArenden(file, { ...deps, scratch, org }, errors, onProgress);
  const inkomna = file.inkomna ?? [];
  for (const item of inkomna) {
    if (errors.length >= MAX_ERRORS) break;
    const problem = intakeProblem(item, org, deps);
    if (problem) errors.push(`Inkommet meddelande ${item.id}: ${problem}`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const { events, summaries, facts, skipped } = arenden;
  return { ok: true, batch: { events, summaries, definitions: newDefinitions, facts }, skipped, inkomna };
}

/** Registers the file's definitions in a scratch registry: nothing from the file becomes known until the whole file has passed. */
function checkDefinitions(file: BackupFile, deps: CheckDeps, errors: string[]) {
  const scratch = new DefinitionRegistry(deps.catalog, deps.validator);
  for (const def of deps.known) scratch.registerProven(def);
  const newDefinitions: ProcessDefinition[] = [];
  for (const def of file.definitions) {
    const known = scratch.get(String(def.id), Number(def.version));
    const result = scratch.register(def);
    if (!result.ok)
      errors.push(
        `Processdefinitionen ${String(def.title ?? def.id)} version ${String(def.version)} ` +
          `godtas inte: ${result.violations.map((v) => v.message).join(' ')}`,
      );
    else if (!known) newDefinitions.push(def);
  }
  return { scratch, newDefinitions };
}

interface ArendeCheckDeps extends CheckDeps {
  scratch: DefinitionRegistry;
  org: Organisation;
}

/** What the file's ärenden add: their events, list rows and facts, and how many are here already unchanged. */
interface CheckedArenden {
  events: ArendeEvent[];
  summaries: ArendeSummary[];
  facts: ArendeFacts[];
  skipped: number;
}

/** Each ärende in the file checked in turn (stopping at MAX_ERRORS); the errors go to `errors`. */
async function checkArenden(
  file: BackupFile,
  deps: ArendeCheckDeps,
  errors: string[],
  onProgress?: ImportProgress,
): Promise<CheckedArenden> {
  const byArende = new Map<string, ArendeEvent[]>();
  for (const e of file.events) {
    const list = byArende.get(e.arendeId);
    if (list) list.push(e);
    else byArende.set(e.arendeId, [e]);
  }
  const existing = await deps.existing([...byArende.keys()]);
  const out: CheckedArenden = { events: [], summaries: [], facts: [], skipped: 0 };
  let checked = 0;
  for (const [arendeId, list] of byArende) {
    if (errors.length >= MAX_ERRORS) break;
    if (onProgress && checked++ % 100 === 0) await onProgress(checked, byArende.size);
    list.sort((a, b) => a.seq - b.seq);
    const result = await checkArende(arendeId, list, deps);
    if (typeof result === 'string') errors.push(result);
    else {
      const here = existing.get(arendeId);
      if (!here) {
        const summary = toSummary(result);
        out.summaries.push(summary);
        out.facts.push(factsOfState(result, summary));
        out.events.push(...list);
      } else if (here.lastHash === list[list.length - 1]!.hash && here.lastSeq === list.length - 1) out.skipped++;
      else errors.push(`Ärendet ${arendeId} finns redan i databasen med ett annat innehåll. Inget har importerats.`);
    }
  }
  return out;
}

/** One ärende replayed strictly through its pinned definition, with every role held when claimed; else why not. */
async function checkArende(arendeId: string, list: readonly ArendeEvent[], deps: ArendeCheckDeps): Promise<ArendeState | string> {
  const { scratch, org } = deps;
  const open = list[0]?.stepData as Partial<OpenData> | undefined;
  const loaded = open ? scratch.get(String(open.definitionId), Number(open.definitionVersion)) : undefined;
  if (!loaded)
    return (
      `Ärendet ${arendeId}: processdefinitionen ${String(open?.definitionId)}@${String(open?.definitionVersion)} finns varken ` +
      `i filen eller i databasen.`
    );
  const result = replay(loaded, list, { hasher: deps.hasher, strict: true, proveMigration, resolve: (id, v) => scratch.get(id, v) });
  if (!result.ok) return `Ärendet ${arendeId}, händelse ${result.seq}: ${result.reason}`;
  const notHeld =
    (await firstUnheldRole(list, deps.directory, org, deps.now)) ??
    (await firstUnlawfulAppointment(loaded, list, deps.directory, org, (id, v) => scratch.get(id, v)));
  if (notHeld) return `Ärendet ${arendeId}, händelse ${notHeld.seq}: ${notHeld.reason}`;
  return result.state;
}

/** A waiting submission must still fit: a process with a public form, an enhet of the organisation, the form's rules. */
function intakeProblem(item: BackupIntakeItem, org: Organisation, deps: CheckDeps): string | undefined {
  const form = deps.catalog.packs.packOf(item.processType)?.publicIntake?.form;
  if (!form) return `processen "${item.processType}" tar inte emot meddelanden utan inloggning.`;
  if (!org.enheter.some((e) => e.id === item.enhetId)) return `enheten ${item.enhetId} finns inte i organisationen.`;
  const schema = deps.catalog.forms[form]?.schema;
  if (!schema) return `formuläret ${form} finns inte.`;
  const invalid = deps.validator.compile(schema)(item.data);
  return invalid.length ? invalid.map((e) => e.message).join(' ') : undefined;
}

/** Writes a checked backup in one transaction; a clash found only now writes nothing either. */
export async function writeBackup(store: EventStore, checked: Extract<CheckResult, { ok: true }>): Promise<ImportResult> {
  const { batch } = checked;
  try {
    await store.importAll(batch);
  } catch (e) {
    // Someone wrote the same ärende meanwhile, or the database went away: nothing was written.
    return { ok: false, errors: [`Importen kunde inte sparas: ${(e as Error).message} Inget har importerats.`] };
  }
  return {
    ok: true,
    arenden: batch.summaries.length,
    events: batch.events.length,
    definitions: batch.definitions.length,
    skipped: checked.skipped,
  };
}

/** Checks the whole file first, then writes it at once (in-process: the browser-era path and the tests). */
export async function importBackup(input: unknown, deps: ImportDeps, onProgress?: ImportProgress): Promise<ImportResult> {
  const checked = await checkBackup(
    input,
    {
      ...deps,
      known: deps.registry.all().map((l) => l.definition),
      existing: async (ids) => {
        const rows = await deps.store.summaries({ ids });
        return new Map(rows.map((r) => [r.arendeId, { lastSeq: r.lastSeq, lastHash: r.lastHash }]));
      },
    },
    onProgress,
  );
  if (!checked.ok) return checked;
  const written = await writeBackup(deps.store, checked);
  if (written.ok) for (const def of checked.batch.definitions) deps.registry.register(def);
  return written;
}

/**
 * The first event whose person did not hold the role it claims for the ärende's enhet at the time
 * it claims, or that lies in the future: a file cannot make anyone a förvaltningschef after the fact.
 */
async function firstUnheldRole(
  events: readonly ArendeEvent[],
  directory: Directory,
  org: Organisation,
  now: string,
): Promise<{ seq: number; reason: string } | undefined> {
  const enhetId = String((events[0]?.stepData as Partial<OpenData> | undefined)?.enhetId);
  // An appointed ersättare acts in her role in this ärende only, while she holds it somewhere.
  const appointed = new Set<string>();
  for (const e of events) {
    if (e.at > now) return { seq: e.seq, reason: `händelsen är daterad ${e.at}, efter importens tidpunkt.` };
    const role = e.actor?.role;
    const person = await directory.actorAt(String(e.actor?.userId), e.at);
    if (!person) return { seq: e.seq, reason: `personen "${String(e.actor?.userId)}" finns inte i organisationen vid ${e.at}.` };
    const held =
      isRoleId(role) &&
      (holdsRole(org, person, role, enhetId) || (appointed.has(`${person.userId}|${role}`) && holdsRoleAnywhere(person, role)));
    if (!held)
      return {
        seq: e.seq,
        reason:
          `${person.namn} hade inte rollen "${String(role)}" för enheten ${org.enheter.find((x) => x.id === enhetId)?.namn ?? enhetId} ` +
          `vid ${e.at}.`,
      };
    if (e.type === ERSATTARE_EVENT)
      appointed.add(`${String((e.stepData as ErsattareData).userId)}|${String((e.stepData as ErsattareData).role)}`);
  }
  return undefined;
}
