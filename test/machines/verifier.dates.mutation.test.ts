import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { verifyDefinition } from '../../src/engine/internal';
import type { DateRule, FormSpec, ProcessCatalog, ProcessDefinition, StateJson } from '../../src/engine/internal';
import { cloneDefinition, newestShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';

type Schema = Record<string, unknown>;

/** Every field a date rule reads, with the kind it must keep: its own date, the dates it compares with, the plan's year. */
function readsOf(rule: DateRule): { event: string; path: string; kind: 'date' | 'year' }[] {
  return [
    { event: rule.event, path: rule.path, kind: 'date' },
    ...(rule.notBefore ?? []).flatMap((r) => (r.events ?? [rule.event]).map((event) => ({ event, path: r.path, kind: 'date' as const }))),
    ...(rule.inPeriodOf
      ? (rule.inPeriodOf.events ?? [rule.event]).map((event) => ({ event, path: rule.inPeriodOf!.path, kind: 'year' as const }))
      : []),
  ];
}

function stateWithKey(states: Record<string, StateJson>, key: string): StateJson | undefined {
  for (const [k, s] of Object.entries(states)) {
    if (k === key && s.meta?.form) return s;
    const inner = s.states ? stateWithKey(s.states, key) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The form an event's data is described by, and how to point the event at another form. */
function formSlot(def: ProcessDefinition, event: string): { form: string; set(id: string): void } | undefined {
  const command = def.commands[event];
  if (command) return { form: command.form, set: (id) => (command.form = id) };
  const state = event.endsWith('.submit') ? stateWithKey(def.machine.states, event.slice(0, -'.submit'.length)) : undefined;
  return state?.meta?.form ? { form: state.meta.form, set: (id) => (state.meta!.form = id) } : undefined;
}

/** Every object that may declare properties at this level: the node and its conditional branches. */
function declarers(node: Schema): Schema[] {
  const list = (v: unknown) => (Array.isArray(v) ? (v as Schema[]) : []);
  const parts = [...list(node.allOf), ...list(node.anyOf), ...list(node.oneOf)];
  return [
    node,
    ...[node.then, node.else, ...parts.flatMap((p) => [p, p.then, p.else])].filter((b): b is Schema => !!b && typeof b === 'object'),
  ];
}

/** A copy of the schema where `path` (`a.b`, `rows[].c`) is removed, or (`plain`) kept as text without a date format. */
function mutated(schema: Schema, path: string, how: 'remove' | 'plain'): Schema {
  const copy = structuredClone(schema);
  const segments = path.split('.');
  let nodes = [copy];
  for (const [i, segment] of segments.entries()) {
    const name = segment.replace('[]', '');
    const last = i === segments.length - 1;
    const next: Schema[] = [];
    for (const d of nodes.flatMap(declarers)) {
      const props = d.properties as Record<string, Schema> | undefined;
      if (!props?.[name]) continue;
      const inner = segment.endsWith('[]') ? (props[name]!.items as Schema | undefined) : props[name];
      if (!last) next.push(...(inner ? [inner] : []));
      else if (how === 'plain') props[name] = { type: 'string', title: props[name]!.title ?? name };
      else {
        delete props[name];
        if (Array.isArray(d.required)) d.required = (d.required as string[]).filter((n) => n !== name);
      }
    }
    nodes = next;
  }
  return copy;
}

function variant(
  shipped: ProcessDefinition,
  event: string,
  path: string,
  how: 'remove' | 'plain',
): { def: ProcessDefinition; env: { catalog: ProcessCatalog; validator: typeof validator } } {
  const def = cloneDefinition(shipped);
  const slot = formSlot(def, event)!;
  const base = catalog().forms[slot.form]!;
  const id = `${slot.form}-utan-${path.replace(/[^a-zA-Z]+/g, '-').toLowerCase()}-${how}`;
  const form: FormSpec = { id, schema: mutated(base.schema, path, how), ...(base.ui ? { ui: structuredClone(base.ui) } : {}) };
  slot.set(id);
  def.forms = { ...(def.forms ?? {}), [id]: form };
  return { def, env: { catalog: { ...catalog(), forms: { ...catalog().forms, [id]: form } }, validator } };
}

describe.each(newestShippedDefinitions().map((d) => [d.id, d] as const))('the date rules of %s', (_id, shipped: ProcessDefinition) => {
  const rules = REGISTRY.requirePack(shipped.processType).skeleton.dates ?? [];
  const reads = [...new Map(rules.flatMap(readsOf).map((r) => [`${r.event}|${r.path}`, r])).values()].filter((r) =>
    formSlot(shipped, r.event),
  );

  it('has a rule for the process and the shipped version keeps every field they read', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(reads.length).toBeGreaterThan(0);
    expect(verifyDefinition(shipped, { catalog: catalog(), validator }).violations).toEqual([]);
  });

  it.each(reads.map((r) => [r.event, r.path, r] as const))('refuses a form for %s without %s', (_e, _p, read) => {
    const { def, env } = variant(shipped, read.event, read.path, 'remove');
    const result = verifyDefinition(def, env);
    expect(result.ok).toBe(false);
    const ours = result.violations.filter(
      (v) => (v.message.includes(`"${read.path}"`) || v.message.includes(`(${read.path})`)) && v.message.includes('lagens datumregel'),
    );
    expect(
      ours.map((v) => v.code),
      JSON.stringify(result.violations.map((v) => v.message)),
    ).toEqual(['missing_required_field']);
    expect(ours[0]!.message).toMatch(/^(Formuläret för|Fältet) ".+" .*(måste ha fältet|måste vara) .*lagens datumregel/);
  });

  it.each(reads.filter((r) => r.kind === 'date').map((r) => [r.event, r.path, r] as const))(
    'refuses a form for %s where %s is plain text',
    (_e, _p, read) => {
      const { def, env } = variant(shipped, read.event, read.path, 'plain');
      const result = verifyDefinition(def, env);
      expect(result.ok).toBe(false);
      const ours = result.violations.find((v) => v.message.includes(`(${read.path})`) && v.message.includes('måste vara ett datum'));
      expect(ours, JSON.stringify(result.violations.map((v) => v.message))).toMatchObject({ code: 'missing_required_field' });
    },
  );
});

describe("the issue's example", () => {
  it('refuses a lex Sarah whose komplettering no longer records the date it was sent', () => {
    const lexSarah = newestShippedDefinitions().find((d) => d.id === 'lex-sarah')!;
    const { def, env } = variant(lexSarah, 'komplettering.submit', 'skickadDatum', 'remove');
    const messages = verifyDefinition(def, env).violations.map((v) => v.message);
    expect(messages).toContain(
      'Formuläret för "Komplettering till IVO" måste ha fältet "skickadDatum" som ett datum: lagens datumregel för datumet då ' +
        'kompletteringen skickades läser det. Fältet får inte tas bort.',
    );
  });
});
