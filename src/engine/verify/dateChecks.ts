import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { titleOf } from '../definition/StateGraph';
import type { StateGraph } from '../definition/StateGraph';
import type { DateRule } from '../model/DateRule';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import type { Violation } from './Violation';

type Schema = Record<string, unknown>;

/** What a rule reads: an event's field, as a date or as a year number, and how to name it. */
interface Read {
  event: string;
  path: string;
  kind: 'date' | 'year';
  label: string;
}

function readsOf(rule: DateRule): Read[] {
  const own = (path: string, label: string, kind: Read['kind'] = 'date'): Read => ({ event: rule.event, path, kind, label });
  const refs = [
    ...(rule.notBefore ?? []).map((r) => ({ ...r, kind: 'date' as const })),
    ...(rule.inPeriodOf ? [{ ...rule.inPeriodOf, kind: 'year' as const }] : []),
  ];
  return [
    own(rule.path, rule.label),
    ...refs.flatMap((r) => (r.events ?? [rule.event]).map((event) => ({ event, path: r.path, kind: r.kind, label: r.label }))),
  ];
}

/** The paths of an event's data that the skeleton's date rules read (the editor locks them, as the verifier keeps them). */
export function dateFieldsRead(skeleton: LegalSkeleton, event: string): string[] {
  return [
    ...new Set(
      (skeleton.dates ?? [])
        .flatMap(readsOf)
        .filter((r) => r.event === event)
        .map((r) => r.path),
    ),
  ];
}

/** Branches a property may be declared in: the object itself, then its conditional and combined parts. */
function branches(node: Schema): Schema[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Schema[]) : []);
  const parts = [...list(node.allOf), ...list(node.anyOf), ...list(node.oneOf)];
  return [
    node,
    ...[node.then, node.else, ...parts.flatMap((p) => [p, p.then, p.else])].filter((b): b is Schema => !!b && typeof b === 'object'),
  ];
}

/** The schema of a field by path (`a.b`, `rows[].c`), preferring a plain declaration to a conditional one. */
export function fieldSchema(schema: Schema | undefined, path: string): Schema | undefined {
  let node = schema;
  for (const segment of path.split('.')) {
    if (!node) return undefined;
    const isRows = segment.endsWith('[]');
    const name = isRows ? segment.slice(0, -2) : segment;
    const found: Schema | undefined = branches(node)
      .map((b) => (b.properties as Record<string, Schema> | undefined)?.[name])
      .find((s) => s !== undefined);
    node = isRows
      ? found?.type === 'array' && found.items && typeof found.items === 'object' && !Array.isArray(found.items)
        ? (found.items as Schema)
        : undefined
      : found;
  }
  return node;
}

function fits(field: Schema, kind: Read['kind']): boolean {
  if (kind === 'year') return field.type === 'integer' || field.type === 'number';
  return field.type === 'string' && (field.format === 'date' || field.format === 'date-time');
}

/** Where an event's data is described: its step's form or its command's. */
function formsOf(def: ProcessDefinition, graph: StateGraph): Map<string, string | undefined> {
  const forms = new Map<string, string | undefined>();
  for (const path of graph.order) {
    const node = graph.nodes.get(path)!;
    if (graph.events.has(`${node.key}.submit`) && !forms.get(`${node.key}.submit`)) forms.set(`${node.key}.submit`, node.meta?.form);
  }
  for (const [name, cmd] of Object.entries(def.commands)) forms.set(name, cmd.form);
  return forms;
}

function eventTitle(def: ProcessDefinition, graph: StateGraph, event: string): string {
  const key = event.endsWith('.submit') ? event.slice(0, -'.submit'.length) : undefined;
  const path = key === undefined ? undefined : graph.order.find((p) => graph.nodes.get(p)!.key === key);
  return path ? titleOf(graph, path) : (def.commands[event]?.title ?? event);
}

/**
 * A date rule of the skeleton is useless when the form drops the date it reads: every field a rule reads (its own date,
 * the dates it must not precede, the plan's year) must stay in the event's form, as a date (or a year number).
 */
export function dateChecks(def: ProcessDefinition, graph: StateGraph, skeleton: LegalSkeleton, catalog: ProcessCatalog): Violation[] {
  const forms = formsOf(def, graph);
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const read of (skeleton.dates ?? []).flatMap(readsOf)) {
    const key = `${read.event}|${read.path}`;
    // An event the definition does not have records nothing to check.
    if (seen.has(key) || !graph.events.has(read.event)) continue;
    seen.add(key);
    const form = forms.get(read.event);
    if (form !== undefined && !catalog.forms[form]) continue; // an unknown form is reported as a reference error
    const field = fieldSchema(form ? catalog.forms[form]!.schema : undefined, read.path);
    const what = read.kind === 'year' ? 'ett årtal (heltal)' : 'ett datum';
    const title = eventTitle(def, graph, read.event);
    if (field && fits(field, read.kind)) continue;
    out.push({
      code: 'missing_required_field',
      message: field
        ? `Fältet "${typeof field.title === 'string' ? field.title : read.path}" (${read.path}) i formuläret för "${title}" måste ` +
          `vara ${what}: lagens datumregel för ${read.label.toLowerCase()} läser det.`
        : `Formuläret för "${title}" måste ha fältet "${read.path}" som ${what}: lagens datumregel för ${read.label.toLowerCase()} ` +
          `läser det. Fältet får inte tas bort.`,
    });
  }
  return out;
}
