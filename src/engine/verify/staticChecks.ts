import { leafGuards, requiredRoleOf } from '../behaviour/guards';
import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import type { StateGraph } from '../definition/StateGraph';
import type { LegalSkeleton } from '../model/LegalSkeleton';
import { submitEventOf } from '../model/LegalSkeleton';
import { ROLE_TITLES, ROLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import { roleReadsProcess } from '../org/readingRules';
import type { SchemaValidator } from '../ports/SchemaValidator';
import { commandGuardChecks } from './commandGuards';
import { dateChecks } from './dateChecks';
import { guardMatches, guardName } from './guardMatch';
import { lawBoundViolations } from './lawBound';
import { missingRequiredPath } from './requiredPath';
import type { Violation } from './Violation';

/** One violation per field the law requires that a step's (or stop's) form does not (several paths may name one field). */
function missingFields(
  schema: Record<string, unknown> | undefined,
  fields: readonly string[] | undefined,
  title: string,
  states?: string[],
): Violation[] {
  const named = new Set((fields ?? []).map((f) => missingRequiredPath(schema, f)).filter((m): m is string => m !== undefined));
  return [...named].map((missing) => ({
    code: 'missing_required_field',
    message: `Formuläret för "${title}" måste ha det obligatoriska fältet "${missing}" som krävt fält.`,
    ...(states ? { states } : {}),
  }));
}

type Checked = { def: ProcessDefinition; graph: StateGraph; skeleton: LegalSkeleton; catalog: ProcessCatalog; byKey: Map<string, string> };

/** Each mandated step: present, marked, by its role, its fields required, its completion guarded as the law says. */
function stepChecks({ graph, skeleton, catalog, byKey }: Checked): Violation[] {
  const out: Violation[] = [];
  for (const step of Object.values(skeleton.steps)) {
    const path = byKey.get(step.key);
    const roleTitle = ROLE_TITLES[step.role];
    if (!path) {
      out.push({
        code: 'mandated_step_missing',
        message: `Det obligatoriska steget "${step.title}" (${roleTitle}) saknas i processen. Obligatoriska steg får inte tas bort.`,
      });
      continue;
    }
    const meta = graph.nodes.get(path)!.meta;
    if (meta?.mandatedStep !== true)
      out.push({
        code: 'mandated_step_changed',
        message: `Steget "${step.title}" måste vara markerat som obligatoriskt.`,
        states: [path],
        event: submitEventOf(step.key),
      });
    if (meta?.role !== step.role)
      out.push({
        code: 'wrong_role',
        message:
          `Steget "${step.title}" ska utföras av ${roleTitle}, men definitionen anger ` +
          `${meta?.role ? ROLE_TITLES[meta.role] : 'ingen roll'}. Ansvarig roll för ett obligatoriskt steg får inte ändras.`,
        states: [path],
        event: submitEventOf(step.key),
      });
    const schema = meta?.form ? catalog.forms[meta.form]?.schema : undefined;
    out.push(...missingFields(schema, step.requiredFields, step.title, [path]).map((v) => ({ ...v, event: submitEventOf(step.key) })));
    const completions = graph.transitions.filter((t) => t.event === submitEventOf(step.key) && t.source === path);
    if (completions.length === 0)
      out.push({
        code: 'mandated_step_changed',
        message: `Steget "${step.title}" har ingen övergång som slutför det.`,
        states: [path],
        event: submitEventOf(step.key),
      });
    for (const t of completions) {
      const leaves = leafGuards(t.guard);
      if (step.independent && !leaves.some((g) => g.type === 'isIndependent'))
        out.push({
          code: 'missing_guard',
          message: `Steget "${step.title}" måste spärras för rapportören och inblandade personer (jäv).`,
          states: [path],
          event: submitEventOf(step.key),
        });
      for (const wanted of step.requiredGuards ?? [])
        if (!leaves.some((g) => guardMatches(g, wanted)))
          out.push({
            code: 'missing_guard',
            message: `Steget "${step.title}" saknar ett lagstadgat villkor: ${guardName(wanted)}.`,
            states: [path],
            event: submitEventOf(step.key),
          });
    }
  }
  return out;
}

/** Each legal deadline: on its step, of its kind, from the same start, met by the same event, never longer. */
function obligationChecks({ graph, skeleton, byKey }: Checked): Violation[] {
  const out: Violation[] = [];
  for (const ob of skeleton.obligations ?? []) {
    const path = byKey.get(ob.step);
    if (!path) continue; // the missing step is reported by stepChecks
    const specs = graph.nodes.get(path)!.meta?.obligations ?? [];
    // Never longer than the law: whole months up to its number, or at most as many days as its shortest months have.
    const notLonger = (months: number, days: number) =>
      ob.months === undefined
        ? months === 0 && days <= (ob.days ?? 0)
        : months + days > 0 && (days === 0 ? months <= ob.months : months * 31 + days <= ob.months * 28);
    const same = specs.filter(
      (o) =>
        'event' in o.from &&
        o.from.event === ob.from.event &&
        o.from.path === ob.from.path &&
        o.metBy === ob.metBy &&
        // Working days make it longer (a weekend, a holiday): the law counts calendar days.
        !o.workingDays &&
        notLonger(o.months ?? 0, o.days ?? 0),
    );
    const title = skeleton.steps[ob.step]?.title ?? ob.step;
    if (same.length === 0)
      out.push({
        code: 'missing_obligation',
        message:
          `Steget "${title}" måste ha lagens tidskrav: ${ob.title}. Tidskravet får inte tas bort, förlängas eller räknas från ` +
          `något annat.`,
        states: [path],
        event: submitEventOf(ob.step),
      });
    else if (!same.some((o) => o.kind === ob.kind))
      out.push({
        code: 'missing_obligation',
        message:
          `Tidskravet "${ob.title}" i "${title}" ska visas som ${ob.kind === 'legal' ? 'ett krav i lag' : 'ramens eget krav'}, ` +
          `inte som ${ob.kind === 'legal' ? 'lokal rutin' : 'ett krav i lag'}.`,
        states: [path],
        event: submitEventOf(ob.step),
      });
  }
  return out;
}

/** Commands where someone verifies are barred for jäviga; lawful stops stay, by their role, with their fields. */
function commandChecks({ def, graph, skeleton, catalog }: Checked): Violation[] {
  const out: Violation[] = [];
  for (const event of skeleton.independentEvents ?? [])
    for (const t of graph.transitions.filter((x) => x.event === event))
      if (!leafGuards(t.guard).some((g) => g.type === 'isIndependent'))
        out.push({
          code: 'missing_guard',
          message: `"${def.commands[event]?.title ?? event}" måste spärras för rapportören och inblandade personer (jäv).`,
          states: [t.source],
          event,
        });
  for (const stop of skeleton.stops ?? []) {
    const ends = graph.transitions.filter(
      (t) => t.event === stop.event && t.target !== undefined && graph.nodes.get(t.target)?.kind === 'final',
    );
    if (ends.length === 0) {
      out.push({
        code: 'mandated_step_missing',
        message: `Processen måste kunna avslutas genom "${stop.title}" (${ROLE_TITLES[stop.role]}). Den vägen får inte tas bort.`,
      });
      continue;
    }
    for (const t of ends)
      if (requiredRoleOf(t.guard) !== stop.role)
        out.push({
          code: 'wrong_role',
          message: `"${stop.title}" ska utföras av ${ROLE_TITLES[stop.role]} och ingen annan.`,
          states: [t.source],
          event: stop.event,
        });
    const form = def.commands[stop.event]?.form;
    out.push(
      ...missingFields(form ? catalog.forms[form]?.schema : undefined, stop.requiredFields, stop.title).map((v) => ({
        ...v,
        event: stop.event,
      })),
    );
  }
  const adders = skeleton.atgarder?.addedBy ?? [];
  if (adders.length > 0 && !graph.transitions.some((t) => adders.includes(t.event)))
    out.push({
      code: 'atgarder_not_tracked',
      message: 'Processen måste ha ett steg eller ett kommando där åtgärder läggs till i ärendet, så att de kan följas upp och verifieras.',
    });
  return out;
}

/**
 * Every step and command is given to a role that can open the process's ärenden where it must act (the server's own
 * reading table), or the ärende would stop there and its notice lead nowhere. The first step is its sender's own.
 */
function accessChecks({ def, graph, catalog }: Checked): Violation[] {
  const out: Violation[] = [];
  const first = graph.nodes.get(def.machine.initial)?.key;
  const readers = ROLES.filter((r) => roleReadsProcess(catalog.packs.grants, r, def.processType)).map((r) => ROLE_TITLES[r]);
  const refuse = (role: RoleId, what: string, states: string[], event: string) =>
    out.push({
      code: 'role_cannot_read',
      message:
        `${what} ges till ${ROLE_TITLES[role]}, men ${ROLE_TITLES[role]} kan inte öppna ärenden i ${def.title}: ärendet skulle ` +
        `fastna där och aviseringen leda till "Ärendet finns inte". Ge det till en roll som kan läsa processens ärenden ` +
        `(${readers.join(', ')}).`,
      states,
      event,
    });
  const seen = new Set<string>();
  for (const t of graph.transitions) {
    const role = requiredRoleOf(t.guard);
    const key = graph.nodes.get(t.source)?.key;
    if (
      !role ||
      roleReadsProcess(catalog.packs.grants, role, def.processType) ||
      t.event === `${first}.submit` ||
      seen.has(`${role}|${t.event}`)
    )
      continue;
    seen.add(`${role}|${t.event}`);
    const what =
      t.event.endsWith('.submit') && t.event === `${key}.submit`
        ? `Steget "${graph.nodes.get(t.source)?.meta?.title ?? key}"`
        : `"${def.commands[t.event]?.title ?? t.event}"`;
    refuse(role, what, [t.source], t.event);
  }
  return out;
}

/**
 * What the skeleton demands of the definition as written: its steps, roles, fields, guards, deadlines, stops, commands and the
 * fields its rules read. The path search (`explore.ts`) proves what depends on the order of events.
 */
export function staticChecks(
  def: ProcessDefinition,
  graph: StateGraph,
  skeleton: LegalSkeleton,
  catalog: ProcessCatalog,
  validator: SchemaValidator,
): Violation[] {
  const byKey = new Map<string, string>();
  for (const path of graph.order) byKey.set(graph.nodes.get(path)!.key, path);
  const checked: Checked = { def, graph, skeleton, catalog, byKey };
  const out = [
    ...stepChecks(checked),
    ...obligationChecks(checked),
    ...commandChecks(checked),
    ...commandGuardChecks(graph, skeleton),
    ...accessChecks(checked),
    ...lawBoundViolations(def, graph, skeleton, catalog, validator),
    ...dateChecks(def, graph, skeleton, catalog),
  ];
  if (def.processType !== skeleton.processType) out.push({ code: 'reference', message: 'Processtypen stämmer inte med lagskelettet.' });
  return out;
}
