import { readPath } from '../behaviour/readPath';
import type { FormSpec } from '../model/ProcessCatalog';
import type { ArendeEvent } from '../model/ArendeEvent';
import type { Enhet, Organisation, Verksamhet } from '../model/Organisation';
import type { RoleId } from '../model/Role';
import { addDays, addMonths, daysInMonth } from '../calendar/calendarDate';
import { stockholmDate } from '../calendar/stockholmDate';
import type { ArendeState } from './ArendeState';
import { arendeSummary, atgarderSummary } from './caseSummary';
import { defaultRulesOf, TITLE_OF_ROLE } from './stepDefaultRules';
import type { DefaultRule, FieldRules, ItemRule, OrgFact } from './stepDefaultRules';

/** What the defaults may draw on besides the ärende itself. */
export interface StepDefaultsInput {
  organisation: Organisation;
  /** Today's date in Europe/Stockholm (`YYYY-MM-DD`): the engine reads no clock. */
  today: string;
  /** Who fills in the form, and the role they act in for this step (their title on the form). */
  person?: { namn: string; role?: RoleId; titel?: string; telefon?: string; epost?: string };
}

type Schema = Readonly<Record<string, unknown>>;

interface Env {
  state: ArendeState;
  latest: ReadonlyMap<string, ArendeEvent>;
  input: StepDefaultsInput;
  enhet: Enhet | undefined;
  verksamhet: Verksamhet | undefined;
}

/** A form id without its version suffixes: `lex-sarah-beslut-2` and `lex-sarah-beslut-2-v4` → `lex-sarah-beslut`. */
export function baseFormId(formId: string): string {
  let id = formId;
  for (let shorter = id.replace(/-v?\d+$/, ''); shorter !== id; shorter = id.replace(/-v?\d+$/, '')) id = shorter;
  return id;
}

/**
 * Default data for the form of `eventType`, built from the ärende's earlier steps, the organisation,
 * the person and today (and, for the first step, an escalated avvikelse's facts). Only values that
 * fit the form's schema are given, so a changed copy of a form still gets every default whose
 * field it kept. A convenience for the UI: defaults are never submitted by themselves, and what a
 * submission must satisfy does not change.
 */
export function stepDefaults(state: ArendeState, eventType: string, form: FormSpec, input: StepDefaultsInput): Record<string, unknown> {
  const rules = defaultRulesOf(state.loaded.packs).steps[baseFormId(form.id)];
  const carried = rules ? fields(rules, form.schema, envOf(state, input)) : undefined;
  const first = eventType === `${state.loaded.definition.machine.initial}.submit`;
  return { ...carried, ...(first ? state.open.prefill : undefined) };
}

/**
 * Starting data for an item the person adds to a list of the form, per list field (e.g. an underlag
 * dated today and written by the person). Like {@link stepDefaults}, only what fits the item's schema.
 */
export function newItemDefaults(state: ArendeState, form: FormSpec, input: StepDefaultsInput): Record<string, Record<string, unknown>> {
  const env = envOf(state, input);
  const properties = form.schema.properties as Readonly<Record<string, Schema>> | undefined;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, rules] of Object.entries(defaultRulesOf(state.loaded.packs).newItems[baseFormId(form.id)] ?? {})) {
    const list = properties && Object.hasOwn(properties, key) ? properties[key]! : undefined;
    const item = list?.type === 'array' ? fields(rules, list.items as Schema | undefined, env) : undefined;
    if (item) out[key] = item;
  }
  return out;
}

function envOf(state: ArendeState, input: StepDefaultsInput): Env {
  const latest = new Map<string, ArendeEvent>();
  for (const e of state.events) latest.set(e.type, e);
  const enhet = input.organisation.enheter.find((e) => e.id === state.open.enhetId);
  const verksamhet = input.organisation.verksamheter.find((v) => v.id === enhet?.verksamhetId);
  return { state, latest, input, enhet, verksamhet };
}

function fields(rules: FieldRules, schema: Schema | undefined, env: Env): Record<string, unknown> | undefined {
  const properties = schema?.properties as Readonly<Record<string, Schema>> | undefined;
  const out: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(rules)) {
    const value = properties && Object.hasOwn(properties, key) ? fitted(rule, properties[key]!, env) : undefined;
    if (value !== undefined) out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The rule's value when it fits the field's schema, else undefined (the person fills it in). */
function fitted(rule: DefaultRule, schema: Schema, env: Env): unknown {
  if ('fields' in rule) return schema.type === 'object' ? fields(rule.fields, schema, env) : undefined;
  if ('items' in rule) return schema.type === 'array' ? items(rule.items, schema, env) : undefined;
  if ('eachOf' in rule) return schema.type === 'array' ? eachOf(rule, schema, env) : undefined;
  const value = valueOf(rule, env);
  return fitsLeaf(value, schema) ? value : undefined;
}

function items(rules: readonly ItemRule[], schema: Schema, env: Env): unknown[] | undefined {
  const itemSchema = schema.items as Schema | undefined;
  if (!itemSchema || itemSchema.type !== 'object') return undefined;
  const list: unknown[] = [];
  for (const rule of rules) {
    if (rule.unless && valueOf(rule.unless, env) === true) continue;
    const item = fields(rule.fields, itemSchema, env);
    if (item && rule.requires.every((key) => key in item)) list.push(item);
  }
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  return list.length > 0 && list.length <= max ? list : undefined;
}

function eachOf(rule: Extract<DefaultRule, { eachOf: unknown }>, schema: Schema, env: Env): unknown[] | undefined {
  const source = readPath(env.latest.get(rule.eachOf.step)?.stepData, rule.eachOf.path);
  const itemSchema = schema.items as Schema | undefined;
  const properties = itemSchema?.properties as Readonly<Record<string, Schema>> | undefined;
  if (!Array.isArray(source) || !properties) return undefined;
  const list: Record<string, unknown>[] = [];
  for (const from of source) {
    const item: Record<string, unknown> = {};
    for (const [key, path] of Object.entries(rule.copy)) {
      const value = Object.hasOwn(properties, key) ? readPath(from, path) : undefined;
      if (value !== undefined && fitsLeaf(value, properties[key]!)) item[key] = value;
    }
    // Only whole items: a row that lost a copied field would start the person off with a wrong list.
    if (Object.keys(item).length === Object.keys(rule.copy).length) list.push(item);
  }
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
  return list.length > 0 && list.length === source.length && list.length <= max ? list : undefined;
}

function orgFact(fact: OrgFact, env: Env): string | undefined {
  const forvaltning = env.input.organisation.forvaltningar.find((f) => f.id === env.verksamhet?.forvaltningId);
  switch (fact) {
    case 'enhet':
      return env.enhet?.namn;
    case 'postort':
      return env.enhet?.postort ?? env.verksamhet?.ort;
    case 'adress':
      return env.enhet?.adress;
    case 'verksamhetsform':
      return env.enhet?.verksamhetsform;
    case 'namnd':
      return forvaltning?.namnd;
    case 'organisationsnummer':
      return forvaltning?.organisationsnummer;
    case 'ivoAvdelning':
      return forvaltning?.ivoAvdelning;
  }
}

function valueOf(rule: DefaultRule, env: Env): unknown {
  if ('step' in rule) {
    const event = env.latest.get(rule.step);
    if (!event) return undefined;
    return readPath(event.stepData, rule.path) ?? rule.absent;
  }
  if ('stepDate' in rule) {
    const event = env.latest.get(rule.stepDate);
    return event ? stockholmDate(event.at) : undefined;
  }
  if ('done' in rule) return env.latest.has(rule.done);
  if ('today' in rule) return env.input.today;
  if ('person' in rule) {
    const person = env.input.person;
    if (rule.person !== 'titel') return person?.[rule.person];
    // Acting in a role, the role is the title on the form (SAS, enhetschef); as medarbetare, the befattning.
    return (person?.role ? TITLE_OF_ROLE[person.role] : undefined) ?? person?.titel;
  }
  if ('org' in rule) return orgFact(rule.org, env);
  if ('summary' in rule) return rule.summary === 'atgarder' ? atgarderSummary(env.state) : arendeSummary(env.state);
  if ('value' in rule) return rule.value;
  if ('firstOf' in rule) {
    for (const r of rule.firstOf) {
      const v = valueOf(r, env);
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  }
  if ('join' in rule) {
    const parts = rule.join.map((r) => textOf(valueOf(r, env))).filter((t) => t !== '');
    return parts.length > 0 ? parts.join('\n\n') : undefined;
  }
  if ('lookup' in rule) {
    const key = valueOf(rule.lookup, env);
    return typeof key === 'string' && Object.hasOwn(rule.values, key) ? rule.values[key] : undefined;
  }
  if ('sum' in rule) {
    const n = valueOf(rule.sum, env);
    return typeof n === 'number' ? n + rule.add : undefined;
  }
  if ('addMonths' in rule) return monthsLater(valueOf(rule.addMonths, env), valueOf(rule.months, env));
  return undefined;
}

/** A plan's next occasion: 31 March + 3 months is 30 June, and 30 June + 3 months is 30 September, not the 30th of December. */
function monthsLater(date: unknown, months: unknown): string | undefined {
  const n = typeof months === 'string' && /^\d{1,3}$/.test(months) ? Number(months) : undefined;
  if (typeof date !== 'string' || n === undefined) return undefined;
  try {
    // A month's last day: the day before the first of the month n + 1 months on.
    const monthEnd = Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return monthEnd ? addDays(addMonths(`${date.slice(0, 8)}01`, n + 1), -1) : addMonths(date, n);
  } catch {
    return undefined; // not a calendar date: no suggestion
  }
}

/** A text, or a list of texts one per line; anything else is no text. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value))
    return value
      .map(textOf)
      .filter((t) => t !== '')
      .join('\n');
  return '';
}

function fitsLeaf(value: unknown, schema: Schema): boolean {
  if (value === undefined || value === '') return false;
  const choices = Array.isArray(schema.oneOf) ? (schema.oneOf as Schema[]).map((o) => o.const) : (schema.enum as unknown[] | undefined);
  if (choices && !choices.includes(value)) return false;
  if (schema.const !== undefined && schema.const !== value) return false;
  if (schema.type === 'boolean') return typeof value === 'boolean';
  if (schema.type === 'integer' || schema.type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value))) return false;
    return (
      !(typeof schema.minimum === 'number' && value < schema.minimum) && !(typeof schema.maximum === 'number' && value > schema.maximum)
    );
  }
  if (schema.type !== 'string' || typeof value !== 'string') return false;
  // Lengths in code points, as the schema validator counts them.
  const length = Array.from(value).length;
  if (typeof schema.minLength === 'number' && length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && length > schema.maxLength) return false;
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
  if (schema.format === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (schema.format === 'date-time') return !Number.isNaN(Date.parse(value));
  return true;
}
