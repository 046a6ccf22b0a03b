import { createAjvValidator } from '../../src/adapters/ajv/createAjvValidator';
import { REGISTRY } from '../../src/processes/packs';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { createEngine, staticDirectory, stepDefaults, stockholmDate } from '../../src/engine/internal';
import type { Engine, EventStore, Organisation, ProcessCatalog, ProcessType, RoleId, SubmitResult } from '../../src/engine/internal';
import { loadCatalogFromDisk, loadShippedDefinitions } from './catalog';

let catalogCache: ProcessCatalog | undefined;
export function catalog(): ProcessCatalog {
  catalogCache ??= loadCatalogFromDisk(REGISTRY);
  return catalogCache;
}

/** A valid example of a form (a fresh copy), optionally changed. */
export function example(formId: string, patch: Record<string, unknown> = {}, index = 0): Record<string, unknown> {
  const valid = catalog().forms[formId]?.examples?.valid;
  if (!valid?.[index]) throw new Error(`Inget exempel ${index} för formuläret ${formId}`);
  return { ...(structuredClone(valid[index]) as Record<string, unknown>), ...patch };
}

export const validator = createAjvValidator();

export interface World {
  engine: Engine;
  store: EventStore;
  clock: ReturnType<typeof fixedClock>;
  /** Submits as a demo user; throws with the Swedish message when refused. */
  step(arendeId: string, userId: string, type: string, data: unknown): Promise<Extract<SubmitResult, { ok: true }>>;
  attempt(arendeId: string, userId: string, type: string, data: unknown): Promise<SubmitResult>;
  open(processType: ProcessType, enhetId: string, userId: string): Promise<string>;
}

/** A world over the demo organisation (or `org`, e.g. with a closed enhet), on the memory store, at `start`. */
export async function createWorld(opts: { store?: EventStore; start?: string; seed?: string; org?: Organisation } = {}): Promise<World> {
  const store = opts.store ?? new MemoryEventStore();
  const clock = fixedClock(opts.start ?? '2026-03-13T08:00:00.000Z');
  const engine = createEngine({
    store,
    clock,
    ids: sequentialIds(opts.seed ?? ''),
    hasher: nobleHasher,
    validator,
    catalog: catalog(),
    directory: staticDirectory(opts.org ?? DEMO_ORG, DEMO_USERS),
  });
  const results = await engine.loadDefinitions(loadShippedDefinitions());
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`Definitioner godtogs inte: ${JSON.stringify(failed)}`);
  return worldOver(engine, store, clock);
}

/** A world over an engine built elsewhere (a memory server's, a started server's), stepping on `clock`. */
export function worldOver(engine: Engine, store: EventStore, clock: World['clock']): World {
  const attempt = (arendeId: string, userId: string, type: string, data: unknown) => engine.submit(arendeId, { type, data }, userId);
  const world: World = {
    engine,
    store,
    clock,
    attempt,
    async step(arendeId, userId, type, data) {
      clock.advance(60_000);
      const r = await attempt(arendeId, userId, type, asOf(world, type, data));
      if (!r.ok) throw new Error(`${type} av ${userId} nekades: ${r.rejection.message}`);
      return r;
    },
    async open(processType, enhetId, userId) {
      const r = await engine.open(processType, enhetId, userId);
      if (!r.ok) throw new Error(r.rejection.message);
      return r.state.arendeId;
    },
  };
  return world;
}

/** Today's date in Stockholm on the world's clock (e.g. the day an anmälan is sent). */
export function today(w: World): string {
  return stockholmDate(w.clock.now())!;
}

/** The starting data the case page offers for `type` in ärende `id`, today, to a person acting in a role (Erik as enhetschef). */
export async function defaultsFor(
  w: World,
  id: string,
  type: string,
  person: { namn: string; role: RoleId } = { namn: 'Erik Holm', role: 'enhetschef' },
) {
  const state = (await w.engine.get(id))!;
  return stepDefaults(state, type, catalog().forms[state.loaded.formOf.get(type)!]!, { organisation: DEMO_ORG, today: today(w), person });
}

/** Per event type, every path a skeleton's date rule says has happened (`notFuture`), in any process. */
const PAST_PATHS = new Map<string, string[]>();
for (const skeleton of Object.values(REGISTRY.skeletons))
  for (const rule of skeleton.dates ?? [])
    if (rule.notFuture) PAST_PATHS.set(rule.event, [...(PAST_PATHS.get(rule.event) ?? []), rule.path]);

/**
 * The example as of the world's clock: a date the skeleton says has happened (`notFuture`) that lies after now
 * becomes today (a date-time: now). The examples are dated around 2026-03-13, and a world may run in 2025; planned
 * dates stay as they are. `step` applies it, `attempt` does not (it sends exactly what the test crafted).
 */
export function asOf<T>(w: World, type: string, data: T): T {
  const paths = PAST_PATHS.get(type);
  if (!paths || !data || typeof data !== 'object') return data;
  const now = w.clock.now();
  const day = today(w);
  const clamp = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v > day ? day : v;
    return /T.*(Z|[+-]\d{2}:\d{2})$/.test(v) && Date.parse(v) > Date.parse(now) ? now : v;
  };
  const at = (obj: unknown, segments: string[]): unknown => {
    if (!obj || typeof obj !== 'object' || segments.length === 0) return segments.length === 0 ? clamp(obj) : obj;
    const [head, ...rest] = segments;
    const key = head!.replace('[]', '');
    const value = (obj as Record<string, unknown>)[key];
    if (value === undefined) return obj;
    const next = head!.endsWith('[]') && Array.isArray(value) ? value.map((row) => at(row, rest)) : at(value, rest);
    return { ...(obj as Record<string, unknown>), [key]: next };
  };
  return paths.reduce<unknown>((d, path) => at(d, path.split('.')), data) as T;
}

/**
 * Walks a lex Sarah ärende to the given point; `allvarligt` takes the IVO track. `utredningBifogad: false`
 * sends the anmälan early, before the utredning is finished, so a komplettering becomes mandatory.
 */
export async function lexSarahUntil(
  w: World,
  until: 'rapport' | 'utredning' | 'beslut' | 'uppfoljning' | 'avslut' | 'avslutad',
  opts: { allvarligt?: boolean; utredningBifogad?: boolean } = {},
): Promise<string> {
  const id = await w.open('lex-sarah', 'enhet:solgarden', 'user:anna');
  if (until === 'rapport') return id;
  await w.step(id, 'user:anna', 'rapport.submit', example('lex-sarah-rapport-2'));
  await w.step(id, 'user:erik', 'omedelbara_atgarder.submit', example('lex-sarah-omedelbara-atgarder'));
  await w.step(id, 'user:sara', 'registrering.submit', example('lex-sarah-registrering'));
  if (until === 'utredning') return id;
  const anmalan = async (utredningBifogas: boolean) => {
    await w.step(id, 'user:sara', 'anmalan_ivo.submit', example('lex-sarah-anmalan-ivo', { utredningBifogas }));
    await w.step(id, 'user:fredrik', 'anmalan_godkannande.submit', example('lex-sarah-anmalan-godkannande'));
    await w.step(id, 'user:sara', 'anmalan_skickad.submit', example('lex-sarah-anmalan-skickad-2', { skickadDatum: today(w) }));
  };
  const early = opts.allvarligt === true && opts.utredningBifogad === false;
  if (early) {
    await w.step(id, 'user:sara', 'allvarlighet.bedom', example('lex-sarah-allvarlighet'));
    await anmalan(false);
  }
  await w.step(id, 'user:sara', 'utredning.submit', example('lex-sarah-utredning'));
  await w.step(
    id,
    'user:sara',
    'bedomning.submit',
    example('lex-sarah-bedomning', { klassificering: 'missforhallande', allvarligt: opts.allvarligt ?? false }),
  );
  if (until === 'beslut') return id;
  await w.step(
    id,
    'user:fredrik',
    'beslut.submit',
    example('lex-sarah-beslut', { klassificering: 'missforhallande', allvarligt: opts.allvarligt ?? false }),
  );
  if (early) await w.step(id, 'user:sara', 'komplettering.submit', example('lex-sarah-komplettering', { skickadDatum: today(w) }));
  else if (opts.allvarligt) await anmalan(true);
  await w.step(id, 'user:erik', 'atgarder.submit', example('lex-sarah-atgarder'));
  if (until === 'uppfoljning') return id;
  const state = (await w.engine.get(id))!;
  for (const a of state.snapshot.context.atgarder) {
    await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: a.id }));
    await w.step(id, 'user:sara', 'atgard.verifiera', example('atgard-verifiera', { atgardId: a.id }));
  }
  await w.step(id, 'user:sara', 'uppfoljning.submit', example('lex-sarah-uppfoljning'));
  if (until === 'avslut') return id;
  await w.step(id, 'user:sara', 'avslut.submit', example('lex-sarah-avslut'));
  return id;
}
