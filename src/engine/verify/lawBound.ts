import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { StateGraph } from '../definition/StateGraph';
import type { LawBoundField, LegalSkeleton } from '../model/LegalSkeleton';
import type { SchemaValidator } from '../ports/SchemaValidator';
import { fieldSchema, valueAllowed } from './valueDomain';
import type { Violation } from './Violation';

type Schema = Record<string, unknown>;

/** Where an event's form is filled in: its form id, the states it is sent from, and the step's or command's title. */
interface EventForm {
  schema: Schema | undefined;
  ui: Schema | undefined;
  states: string[];
  title: string;
}

function formOf(def: ProcessDefinition, graph: StateGraph, catalog: ProcessCatalog, event: string): EventForm | undefined {
  const states = [...new Set(graph.transitions.filter((t) => t.event === event).map((t) => t.source))];
  let formId: string | undefined;
  let title = def.commands[event]?.title ?? event;
  if (event.endsWith('.submit')) {
    const key = event.slice(0, -'.submit'.length);
    const node = graph.order.map((p) => graph.nodes.get(p)!).find((n) => n.key === key);
    formId = node?.meta?.form;
    title = node?.meta?.title ?? title;
  } else formId = def.commands[event]?.form;
  if (states.length === 0) return undefined; // the step itself is missing: reported as a missing step
  const form = formId ? (def.forms?.[formId] ?? catalog.forms[formId]) : undefined;
  return { schema: form?.schema, ui: form?.ui, states, title };
}

/** The question a field asks: the ui's `ui:title`, else the schema's title. */
function questionOf(form: EventForm, path: string, field: Schema): string | undefined {
  let ui: unknown = form.ui;
  for (const segment of path.split('.')) {
    const isArray = segment.endsWith('[]');
    ui = (ui as Schema | undefined)?.[isArray ? segment.slice(0, -2) : segment];
    if (isArray) ui = (ui as Schema | undefined)?.items;
  }
  const uiTitle = (ui as Schema | undefined)?.['ui:title'];
  return typeof uiTitle === 'string' ? uiTitle : typeof field.title === 'string' ? field.title : undefined;
}

/** The label an option is shown with (`oneOf`/`anyOf` const titles, or the ui's `ui:enumNames`). */
function labelOf(form: EventForm, path: string, field: Schema, value: unknown): string | undefined {
  const options = [...(Array.isArray(field.oneOf) ? field.oneOf : []), ...(Array.isArray(field.anyOf) ? field.anyOf : [])] as Schema[];
  const hit = options.find((o) => JSON.stringify(o.const) === JSON.stringify(value));
  if (hit && typeof hit.title === 'string') return hit.title;
  const names = (form.ui?.[path] as Schema | undefined)?.['ui:enumNames'];
  const index = Array.isArray(field.enum) ? field.enum.findIndex((v) => JSON.stringify(v) === JSON.stringify(value)) : -1;
  return Array.isArray(names) && index >= 0 && typeof names[index] === 'string' ? names[index] : undefined;
}

const shown = (value: unknown, label: string | undefined) => (label ? `"${label}"` : JSON.stringify(value));

/** One law-bound field checked in its form: kept, its question unchanged, every listed option allowed and worded as listed. */
function checkField(form: EventForm, bound: LawBoundField, why: string, validator: SchemaValidator): Violation[] {
  const v = (code: Violation['code'], message: string): Violation => ({ code, message, states: form.states, event: bound.event });
  const field = fieldSchema(form.schema, bound.path);
  if (!form.schema || !field)
    return [v('law_bound_field', `Formuläret för "${form.title}" måste ha fältet "${bound.path}": ${why} Fältet får inte tas bort.`)];
  const question = questionOf(form, bound.path, field) ?? bound.path;
  const out: Violation[] = [];
  if (bound.titles && !bound.titles.includes(question))
    out.push(
      v(
        'law_bound_field',
        `Frågan "${question}" i "${form.title}" får inte formuleras om: ${why} Den ska lyda ` +
          `${bound.titles.map((t) => `"${t}"`).join(' eller ')}.`,
      ),
    );
  for (const option of bound.options ?? []) {
    const label = labelOf(form, bound.path, field, option.value);
    const topLevel = !bound.path.includes('.');
    if (topLevel ? !valueAllowed(form.schema, bound.path, option.value, validator) : validator.compile(field)(option.value).length > 0)
      out.push(
        v(
          'value_not_allowed',
          `I "${form.title}" kan "${question}" inte längre besvaras med ` +
            `${shown(option.value, option.labels[0] ?? label)}: ${option.why ?? why} ` +
            `Svaret får inte tas bort.`,
        ),
      );
    else if (option.labels.length > 0 && (label === undefined || !option.labels.includes(label)))
      out.push(
        v(
          'law_bound_field',
          `Svaret ${shown(option.value, label)} på "${question}" i "${form.title}" får inte formuleras om: ${why} Det ska lyda ` +
            `${option.labels.map((l) => `"${l}"`).join(' eller ')}.`,
        ),
      );
  }
  return out;
}

const GENERAL = 'lagens regler för ärendet läser det.';

/**
 * The fields the skeleton's rules read, one entry per form field with why it is bound: those it lists, jäv's paths,
 * and the value each fact is learned from (merged with a listed entry for the same field, whose wording it keeps).
 */
export function boundFields(skeleton: LegalSkeleton): { bound: LawBoundField; why: string }[] {
  const merged = new Map<string, { bound: LawBoundField; why: string }>();
  const add = (bound: LawBoundField, why: string) => {
    const key = `${bound.event}|${bound.path}`;
    const known = merged.get(key);
    if (!known) return void merged.set(key, { bound, why: bound.why ?? why });
    const options = [...(known.bound.options ?? [])];
    for (const o of bound.options ?? []) {
      const at = options.findIndex((x) => JSON.stringify(x.value) === JSON.stringify(o.value));
      const have = options[at];
      if (!have) options.push(o);
      else
        options[at] = { ...(o.labels.length > have.labels.length ? o : have), ...((have.why ?? o.why) ? { why: have.why ?? o.why } : {}) };
    }
    const titles = known.bound.titles ?? bound.titles;
    // The reason given most specifically wins: the skeleton's own words, then jäv's, then the general one.
    merged.set(key, {
      bound: { event: bound.event, path: bound.path, ...(titles ? { titles } : {}), ...(options.length ? { options } : {}) },
      why: bound.why ?? (known.why === GENERAL ? why : known.why),
    });
  };
  for (const fact of Object.values(skeleton.facts)) {
    if ('absent' in fact || fact.placed) continue;
    const tracks = skeleton.conditional.filter((c) => skeleton.facts[c.fact] === fact).map((c) => c.title);
    const why =
      `annars kan det aldrig bli så att ` + `${fact.title}${tracks.length ? `, och ${tracks.join(' och ')} blir aldrig ett krav` : ''}.`;
    for (const event of fact.events) add({ event, path: fact.path, options: [{ value: fact.equals, labels: [], why }] }, GENERAL);
  }
  const jav = skeleton.jav;
  if (jav)
    for (const path of [...jav.paths.filter((p) => p !== '$actor'), ...(jav.actorUnless ? [jav.actorUnless] : [])])
      add({ event: jav.event, path }, 'det är av det som jäv räknas ut.');
  for (const bound of skeleton.lawBound ?? []) add(bound, GENERAL);
  return [...merged.values()];
}

/** Every law-bound field of the skeleton checked in the definition's forms. */
export function lawBoundViolations(
  def: ProcessDefinition,
  graph: StateGraph,
  skeleton: LegalSkeleton,
  catalog: ProcessCatalog,
  validator: SchemaValidator,
): Violation[] {
  const out: Violation[] = [];
  for (const { bound, why } of boundFields(skeleton)) {
    const form = formOf(def, graph, catalog, bound.event);
    if (form) out.push(...checkField(form, bound, why, validator));
  }
  out.push(...atgardFieldViolations(def, graph, skeleton, catalog));
  const seen = new Set<string>();
  return out.filter((v) => !seen.has(v.message) && seen.add(v.message));
}

/**
 * The åtgärd steps and commands keep what their actions read: the åtgärder to add (`atgarder` or `atgard`), the åtgärd to change
 * (`atgardId`).
 */
function atgardFieldViolations(def: ProcessDefinition, graph: StateGraph, skeleton: LegalSkeleton, catalog: ProcessCatalog): Violation[] {
  const rules = skeleton.atgarder;
  if (!rules) return [];
  const wanted = [
    ...rules.addedBy.map((event) => ({
      event,
      paths: ['atgarder', 'atgard'],
      why: 'det är därifrån åtgärderna förs in i ärendet och följs upp.',
    })),
    ...[...new Set(Object.values(rules.status).flatMap((r) => r.events))].map((event) => ({
      event,
      paths: ['atgardId'],
      why: 'det anger vilken åtgärd som ändras.',
    })),
  ];
  const out: Violation[] = [];
  for (const { event, paths, why } of wanted) {
    const form = formOf(def, graph, catalog, event);
    if (form && !paths.some((p) => fieldSchema(form.schema, p)))
      out.push({
        code: 'law_bound_field',
        message: `Formuläret för "${form.title}" måste ha fältet "${paths[0]}": ${why} Fältet får inte tas bort.`,
        states: form.states,
        event,
      });
  }
  return out;
}
