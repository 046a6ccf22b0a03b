import { ACTIONS } from '../behaviour/actions';
import { buildMachine, collectGuardRefs } from '../behaviour/buildMachine';
import type { CompiledMachine } from '../behaviour/buildMachine';
import { leafGuards } from '../behaviour/guards';
import { guardTable } from '../behaviour/guardTable';
import type { GuardTable } from '../behaviour/guardTable';
import { isRoleId, ROLE_TITLES } from '../model/Role';
import { OPEN_EVENT } from '../model/ArendeEvent';
import { ERSATTARE_EVENT, JAV_EVENT } from '../model/JavEvents';
import { MIGRATE_EVENT } from '../model/MigrateData';

const roleTitle = (r: unknown) => (isRoleId(r) ? ROLE_TITLES[r] : `"${String(r)}"`);
import type { ProcessPack } from '../model/ProcessPack';
import { unknownProcessType } from '../packs/createPackRegistry';
import type { PackRegistry } from '../model/PackRegistry';
import type { SchemaValidator, ValidateFn } from '../ports/SchemaValidator';
import { DEFINITION_FORMAT_SCHEMA } from './definitionFormatSchema';
import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { buildStateGraph, titleOf } from './StateGraph';
import type { StateGraph } from './StateGraph';
import { unknownLegalKeys } from './legalTexts';

/** A definition that passed the format check and reference checks, ready to run. */
export interface LoadedDefinition {
  definition: ProcessDefinition;
  /** The pack of its process type (its skeleton, guards, facts and wording). */
  pack: ProcessPack;
  /** Every pack it was loaded with (the tables shared across processes: step defaults by form, links). */
  packs: PackRegistry;
  /** The guards it may name: the engine's and its packs' (`guardTable`). */
  guards: GuardTable;
  graph: StateGraph;
  compiled: CompiledMachine;
  /** Validators per event type (step submits and commands), compiled on first use to keep start-up fast. */
  validators: { get(eventType: string): ValidateFn | undefined };
  /** Form id per event type. */
  formOf: ReadonlyMap<string, string>;
  /** The JSON Schema of an event type's form (field titles for messages the validator does not give). */
  schemaOf(eventType: string): Readonly<Record<string, unknown>> | undefined;
  /** Step state path per `<key>.submit` event. */
  stepOf: ReadonlyMap<string, string>;
}

/** Why a definition did not load: its format (the JSON Schema), or what it refers to (forms, guards, roles, states). */
export type LoadStage = 'format' | 'reference';

export type LoadResult = { ok: true; loaded: LoadedDefinition } | { ok: false; stage: LoadStage; errors: string[] };

/** Reference checks: every form, guard, action, role and legal reference a definition names must exist. */
/** Events the engine itself records in every ärende's log: a definition naming one would change what its log means. */
const ENGINE_EVENTS: readonly string[] = [OPEN_EVENT, MIGRATE_EVENT, JAV_EVENT, ERSATTARE_EVENT];

function checkReferences(def: ProcessDefinition, graph: StateGraph, catalog: ProcessCatalog, formsChecked: boolean): string[] {
  const errors = [...graph.errors];
  const stepKeys = new Map<string, string>();
  for (const path of graph.order) {
    const node = graph.nodes.get(path)!;
    const meta = node.meta;
    if (meta?.role !== undefined && !isRoleId(meta.role)) errors.push(`Steget "${meta.title}" har en okänd roll "${meta.role}".`);
    if (meta?.form !== undefined) {
      if (!formsChecked && !catalog.forms[meta.form])
        errors.push(`Steget "${meta.title}" använder formuläret "${meta.form}", som inte finns.`);
      if (meta.role === undefined) errors.push(`Steget "${meta.title}" har ett formulär men ingen ansvarig roll.`);
      if (stepKeys.has(node.key)) errors.push(`Stegnamnet "${node.key}" används två gånger; stegnamn måste vara unika.`);
      stepKeys.set(node.key, path);
    }
    for (const o of meta?.obligations ?? []) {
      if (o.legalRef !== undefined && !catalog.legalReferences[o.legalRef])
        errors.push(`Tidskravet "${o.title}" hänvisar till lagrummet "${o.legalRef}", som inte finns i lagrumstabellen.`);
      if (!graph.events.has(o.metBy))
        errors.push(`Tidskravet "${o.title}" uppfylls av händelsen "${o.metBy}", som inte finns i processen.`);
      if ('event' in o.from && !graph.events.has(o.from.event))
        errors.push(`Tidskravet "${o.title}" räknas från händelsen "${o.from.event}", som inte finns i processen.`);
    }
  }
  for (const key of unknownLegalKeys(def, catalog.legalReferences))
    errors.push(`En text i definitionen hänvisar till lagrummet "${key}", som inte finns i lagrumstabellen.`);
  for (const id of formsChecked ? [] : formIdsOf(def, graph))
    for (const key of unknownLegalKeys([catalog.forms[id]?.schema, catalog.forms[id]?.ui], catalog.legalReferences))
      errors.push(`Formuläret "${id}" hänvisar till lagrummet "${key}", som inte finns i lagrumstabellen.`);
  for (const [name, cmd] of Object.entries(def.commands)) {
    if (!formsChecked && !catalog.forms[cmd.form])
      errors.push(`Kommandot "${cmd.title}" använder formuläret "${cmd.form}", som inte finns.`);
    if (name.endsWith('.submit')) errors.push(`Kommandot "${name}" får inte sluta på ".submit"; det är stegens egna händelser.`);
  }
  for (const t of graph.transitions) {
    const where = `övergången "${t.event}" från "${titleOf(graph, t.source)}"`;
    for (const g of collectGuardRefs(t.guard)) {
      const impl = guardTable(catalog.packs)[g.type];
      if (!impl) errors.push(`I ${where} finns villkoret "${g.type}", som inte finns i motorn.`);
      else {
        const problem = impl.checkParams(g.params ?? {});
        if (problem) errors.push(`I ${where} har villkoret "${g.type}" fel parametrar: ${problem}.`);
      }
    }
    for (const a of t.actions) {
      const impl = ACTIONS[a.type];
      if (!impl) errors.push(`I ${where} finns åtgärden "${a.type}", som inte finns i motorn.`);
      else {
        const problem = impl.checkParams(a.params ?? {});
        if (problem) errors.push(`I ${where} har åtgärden "${a.type}" fel parametrar: ${problem}.`);
      }
    }
    // A step each person does for herself is done once: the engine keeps the first, never a replacement.
    if (t.actions.some((a) => a.type === 'recordOwnStep') && !leafGuards(t.guard).some((g) => g.type === 'onceEach'))
      errors.push(`I ${where} sparas ett eget steg per person: villkoret onceEach (en gång per person) krävs.`);
    if (t.event === 'done') continue;
    if (ENGINE_EVENTS.includes(t.event))
      errors.push(`Händelsen "${t.event}" hör till motorn (öppning, flytt och jäv) och kan inte användas i en process.`);
    const roles = leafGuards(t.guard).filter((g) => g.type === 'isRole');
    if (roles.length !== 1) errors.push(`I ${where} måste exakt en ansvarig roll anges (villkoret isRole).`);
    if (t.event.endsWith('.submit')) {
      const key = t.event.slice(0, -'.submit'.length);
      const stepPath = stepKeys.get(key);
      if (!stepPath) errors.push(`Händelsen "${t.event}" hör inte till något steg med formulär.`);
      const stepRole = stepPath ? graph.nodes.get(stepPath)?.meta?.role : undefined;
      if (t.source === stepPath && roles.length === 1 && roles[0]!.params?.role !== stepRole)
        errors.push(`I ${where} är den ansvariga rollen ${roleTitle(roles[0]!.params?.role)} men steget anger ${roleTitle(stepRole)}.`);
    } else if (!def.commands[t.event]) {
      errors.push(`Händelsen "${t.event}" är varken ett stegs ".submit" eller ett kommando i definitionen.`);
    }
  }
  return errors;
}

/** The forms a definition's steps and commands use. */
function formIdsOf(def: ProcessDefinition, graph: StateGraph): string[] {
  const steps = graph.order.map((path) => graph.nodes.get(path)?.meta?.form);
  return [...new Set([...steps, ...Object.values(def.commands).map((c) => c.form)])].filter((f): f is string => f !== undefined);
}

/**
 * Loads a definition: JSON Schema format check, reference checks, then XState compilation.
 * Does not prove the legal skeleton; that is verifyDefinition's job. `formatChecked`: the server proved the format and
 * that its forms exist, so the browser registers before its bundled forms have loaded (they are looked up on use).
 */
export function loadDefinition(
  input: unknown,
  catalog: ProcessCatalog,
  validator: SchemaValidator,
  opts: { compile?: boolean; formatChecked?: boolean } = {},
): LoadResult {
  // The format schema is the costliest compile of a cold start; a version the server proved skips it in the browser.
  const formatErrors = opts.formatChecked ? [] : validator.compile(DEFINITION_FORMAT_SCHEMA)(input);
  if (formatErrors.length > 0) return { ok: false, stage: 'format', errors: formatErrors.map((e) => `Definitionens format: ${e.message}`) };
  const definition = input as ProcessDefinition;
  const pack = catalog.packs.packOf(definition.processType);
  if (!pack) return { ok: false, stage: 'reference', errors: [unknownProcessType(definition.processType)] };
  const guards = guardTable(catalog.packs);
  const graph = buildStateGraph(definition.machine);
  const errors = checkReferences(definition, graph, catalog, opts.formatChecked === true);
  if (errors.length > 0) return { ok: false, stage: 'reference', errors };

  const formOf = new Map<string, string>();
  const stepOf = new Map<string, string>();
  for (const path of graph.order) {
    const node = graph.nodes.get(path)!;
    if (node.meta?.form) {
      formOf.set(`${node.key}.submit`, node.meta.form);
      stepOf.set(`${node.key}.submit`, path);
    }
  }
  for (const [name, cmd] of Object.entries(definition.commands)) formOf.set(name, cmd.form);
  const compiled = new Map<string, ValidateFn>();
  const validators = {
    get(eventType: string): ValidateFn | undefined {
      const form = formOf.get(eventType);
      if (!form) return undefined;
      let fn = compiled.get(eventType);
      if (!fn) compiled.set(eventType, (fn = validator.compile(catalog.forms[form]!.schema)));
      return fn;
    },
  };

  const schemaOf = (eventType: string) => {
    const form = formOf.get(eventType);
    return form ? catalog.forms[form]?.schema : undefined;
  };

  // The verifier reads only the graph: it skips building the XState machine (the costly part for a live editor).
  if (opts.compile === false) {
    let lazy: CompiledMachine | undefined;
    const loaded = { definition, pack, packs: catalog.packs, guards, graph, validators, formOf, schemaOf, stepOf } as Omit<
      LoadedDefinition,
      'compiled'
    >;
    return {
      ok: true,
      loaded: Object.defineProperty(loaded, 'compiled', {
        get: () => (lazy ??= buildMachine(definition, guards)),
        enumerable: true,
      }) as LoadedDefinition,
    };
  }
  let machine: CompiledMachine;
  try {
    machine = buildMachine(definition, guards);
    machine.initial();
  } catch (e) {
    return { ok: false, stage: 'reference', errors: [`Definitionen kunde inte tolkas som tillståndsmaskin: ${(e as Error).message}`] };
  }
  return {
    ok: true,
    loaded: { definition, pack, packs: catalog.packs, guards, graph, compiled: machine, validators, formOf, schemaOf, stepOf },
  };
}
