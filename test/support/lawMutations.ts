import type {
  FormSpec,
  LegalSkeleton,
  NamedRef,
  ProcessCatalog,
  ProcessDefinition,
  StateJson,
  TransitionJson,
} from '../../src/engine/index';
import { allStateMaps, transitionsOf } from './mutations';

/**
 * Edits a careless or ill-willed process owner could make to what the legal skeleton's rules read: actions that
 * record jäv and track åtgärder, the fields and values of forms, deadline kinds and guard thresholds.
 * Each returns a new definition (with any changed form published beside it, as the editor does).
 */

type Schema = Record<string, unknown>;

/** Every transition of one event, wherever a state listens to it. */
export function transitionsOfEvent(def: ProcessDefinition, event: string): TransitionJson[] {
  return allStateMaps(def).flatMap((m) => Object.values(m).flatMap((s) => transitionsOf(s.on?.[event])));
}

/** The keys of the states that listen to an event. */
export function statesWith(def: ProcessDefinition, event: string): string[] {
  return allStateMaps(def).flatMap((m) =>
    Object.entries(m)
      .filter(([, s]) => s.on?.[event] !== undefined)
      .map(([k]) => k),
  );
}

function statesListening(def: ProcessDefinition, event: string): StateJson[] {
  return allStateMaps(def).flatMap((m) => Object.values(m).filter((s) => s.on?.[event] !== undefined));
}

/** Removes every action of a type from an event's transitions. */
export function removeAction(original: ProcessDefinition, event: string, type: string): ProcessDefinition {
  const def = structuredClone(original);
  for (const t of transitionsOfEvent(def, event)) t.actions = (t.actions ?? []).filter((a) => a.type !== type);
  return def;
}

/** Changes the params of an event's actions of a type. */
export function editAction(
  original: ProcessDefinition,
  event: string,
  type: string,
  edit: (params: Record<string, unknown>) => void,
): ProcessDefinition {
  const def = structuredClone(original);
  for (const t of transitionsOfEvent(def, event)) for (const a of t.actions ?? []) if (a.type === type) edit((a.params ??= {}));
  return def;
}

/** Makes one event's status action set another status (e.g. "rapportera" verifies). */
export function setStatusVia(original: ProcessDefinition, event: string, status: string): ProcessDefinition {
  return editAction(original, event, 'setAtgardStatus', (p) => void (p.status = status));
}

/** Widens the statuses an åtgärd may have when the event changes it (e.g. verifying one never reported done). */
export function widenSource(original: ProcessDefinition, event: string): ProcessDefinition {
  const def = structuredClone(original);
  const widen = (g: NamedRef | undefined) => {
    if (!g) return;
    if (g.type === 'atgardHasStatus') g.params = { ...g.params, status: ['planerad', 'genomford'] };
    if (g.type === 'all') for (const x of (g.params?.guards as NamedRef[]) ?? []) widen(x);
  };
  for (const t of transitionsOfEvent(def, event)) widen(t.guard);
  return def;
}

/** A new command, beside `besideEvent`, that sets an åtgärd's status with only a role guard. */
export function newStatusCommand(original: ProcessDefinition, besideEvent: string, status: string): ProcessDefinition {
  const def = structuredClone(original);
  const [state] = statesListening(def, besideEvent);
  const role =
    transitionsOf(state!.on![besideEvent])
      .map((t) => roleIn(t.guard))
      .find((r) => r) ?? 'enhetschef';
  def.commands['atgard.klarmarkera'] = { title: 'Klarmarkera åtgärd', form: def.commands[besideEvent]?.form ?? 'atgard-verifiera' };
  state!.on = {
    ...state!.on,
    'atgard.klarmarkera': {
      guard: { type: 'isRole', params: { role } },
      actions: [{ type: 'recordStep' }, { type: 'setAtgardStatus', params: { status } }],
    },
  };
  return def;
}

function roleIn(g: NamedRef | undefined): string | undefined {
  if (!g) return undefined;
  if (g.type === 'isRole') return g.params?.role as string;
  if (g.type === 'all') return ((g.params?.guards as NamedRef[]) ?? []).map(roleIn).find((r) => r);
  return undefined;
}

/** Removes an event's transitions everywhere (the command or the step's completion is gone). */
export function removeEvent(original: ProcessDefinition, event: string): ProcessDefinition {
  const def = structuredClone(original);
  for (const s of statesListening(def, event)) delete s.on![event];
  return def;
}

function formIdOf(def: ProcessDefinition, event: string): { id: string; set(id: string): void } {
  if (event.endsWith('.submit')) {
    const key = event.slice(0, -'.submit'.length);
    for (const m of allStateMaps(def))
      if (m[key]?.meta?.form) return { id: m[key]!.meta!.form!, set: (id) => void (m[key]!.meta!.form = id) };
  }
  const command = def.commands[event];
  if (!command?.form) throw new Error(`Inget formulär för ${event}`);
  return { id: command.form, set: (id) => void (command.form = id) };
}

/** Publishes a changed copy of an event's form with the definition, as the editor does (a published form never changes). */
export function editForm(
  original: ProcessDefinition,
  catalog: ProcessCatalog,
  event: string,
  edit: (schema: Schema, ui: Schema) => void,
): ProcessDefinition {
  const def = structuredClone(original);
  const ref = formIdOf(def, event);
  const form = structuredClone(def.forms?.[ref.id] ?? catalog.forms[ref.id]) as FormSpec;
  const id = `${ref.id}-lokal`;
  const schema = { ...form.schema, $id: `kf:form:${id}` };
  const ui = structuredClone(form.ui ?? {});
  edit(schema, ui);
  def.forms = { ...def.forms, [id]: { id, schema, ui } };
  ref.set(id);
  return def;
}

/** The schema object holding a field (`a`, `a.b`, `rows[].b`) and the field's own name. */
export function parentOf(schema: Schema, path: string): { holder: Schema; name: string } {
  const segments = path.split('.');
  let node = schema;
  for (const segment of segments.slice(0, -1)) {
    const child = (node.properties as Record<string, Schema>)[segment.replace('[]', '')]!;
    node = segment.endsWith('[]') ? (child.items as Schema) : child;
  }
  return { holder: node, name: segments[segments.length - 1]!.replace('[]', '') };
}

/** Removes a field from a form (and from its `required`). */
export function removeField(schema: Schema, path: string): void {
  const { holder, name } = parentOf(schema, path);
  delete (holder.properties as Record<string, unknown>)[name];
  if (Array.isArray(holder.required)) holder.required = holder.required.filter((r) => r !== name);
}

/** Narrows a field to every value but one (an option removed, or the other value made a const). */
export function forbidValue(schema: Schema, path: string, value: unknown): void {
  const { holder, name } = parentOf(schema, path);
  const field = (holder.properties as Record<string, Schema>)[name]!;
  if (Array.isArray(field.oneOf)) field.oneOf = (field.oneOf as Schema[]).filter((o) => JSON.stringify(o.const) !== JSON.stringify(value));
  else if (Array.isArray(field.enum)) field.enum = field.enum.filter((v) => JSON.stringify(v) !== JSON.stringify(value));
  else field.not = { const: value };
}

/** Rewords a field's question. */
export function retitle(schema: Schema, path: string, title: string): void {
  const { holder, name } = parentOf(schema, path);
  (holder.properties as Record<string, Schema>)[name]!.title = title;
}

/** Rewords an option's label. */
export function relabelOption(schema: Schema, path: string, value: unknown, label: string): void {
  const { holder, name } = parentOf(schema, path);
  for (const o of ((holder.properties as Record<string, Schema>)[name]!.oneOf as Schema[]) ?? [])
    if (JSON.stringify(o.const) === JSON.stringify(value)) o.title = label;
}

/** Shows a mandated deadline as a local rutin instead of the law's. */
export function relabelObligation(original: ProcessDefinition, skeleton: LegalSkeleton, step: string): ProcessDefinition {
  const def = structuredClone(original);
  const wanted = skeleton.obligations!.find((o) => o.step === step)!;
  for (const m of allStateMaps(def))
    for (const o of m[step]?.meta?.obligations ?? []) if (o.metBy === wanted.metBy) o.kind = wanted.kind === 'legal' ? 'sla' : 'legal';
  return def;
}

/** Sets a param of a guard on a step's completion (e.g. the riskanalys threshold from 8 to 16). */
export function setGuardParam(original: ProcessDefinition, event: string, type: string, param: string, value: unknown): ProcessDefinition {
  const def = structuredClone(original);
  const visit = (g: NamedRef | undefined) => {
    if (!g) return;
    if (g.type === type) g.params = { ...g.params, [param]: value };
    if (g.type === 'all') for (const x of (g.params?.guards as NamedRef[]) ?? []) visit(x);
  };
  for (const t of transitionsOfEvent(def, event)) visit(t.guard);
  return def;
}

/** A new local step right after the first one ("Samråd"), given to a role, as a process owner adds one in the editor. */
export function insertStepAfterFirst(original: ProcessDefinition, role: string): ProcessDefinition {
  const def = structuredClone(original);
  const firstKey = def.machine.initial;
  const first = def.machine.states[firstKey]!;
  const leaving = transitionsOf(first.on?.[`${firstKey}.submit`]);
  const target = leaving.find((t) => t.target)!.target!;
  for (const t of leaving) if (t.target === target) t.target = 'samrad';
  def.machine.states['samrad'] = {
    meta: { title: 'Samråd', role: role as never, form: first.meta!.form!, mandatedStep: false },
    on: { 'samrad.submit': { target, guard: { type: 'isRole', params: { role } }, actions: [{ type: 'recordStep' }] } },
  };
  return def;
}

/** Takes every guard of a type off an event's transitions (the owner deletes a condition of a command). */
export function removeGuard(original: ProcessDefinition, event: string, type: string): ProcessDefinition {
  const def = structuredClone(original);
  const strip = (g: NamedRef | undefined): NamedRef | undefined => {
    if (!g || g.type === type) return undefined;
    if (g.type !== 'all') return g;
    const guards = ((g.params?.guards as NamedRef[]) ?? []).map(strip).filter((x): x is NamedRef => x !== undefined);
    return { ...g, params: { ...g.params, guards } };
  };
  for (const t of transitionsOfEvent(def, event)) {
    const kept = strip(t.guard);
    if (kept) t.guard = kept;
    else delete t.guard;
  }
  return def;
}

/** Gives every transition of an event to another role (its `isRole` changed, the rest kept). */
export function reRoleEvent(original: ProcessDefinition, event: string, role: string): ProcessDefinition {
  const def = structuredClone(original);
  const swap = (g: NamedRef | undefined) => {
    if (g?.type === 'isRole') g.params = { ...g.params, role };
    if (g?.type === 'all') for (const x of (g.params?.guards as NamedRef[]) ?? []) swap(x);
  };
  for (const t of transitionsOfEvent(def, event)) swap(t.guard);
  return def;
}
