import { ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ObligationSpec, ProcessDefinition } from '../model/ProcessDefinition';
import { buildStateGraph, titleOf } from './StateGraph';
import type { GraphNode, StateGraph } from './StateGraph';

export type ChangeKind =
  'step_added' | 'step_removed' | 'step_changed' | 'field' | 'sla' | 'transition_added' | 'transition_removed' | 'command' | 'text';

/** One difference between two versions, phrased in domain terms (Swedish). */
export interface DefinitionChange {
  kind: ChangeKind;
  text: string;
  /** The state path the change is about (in the newer version when it exists there). */
  path?: string;
}

const role = (r: RoleId | undefined) => (r ? ROLE_TITLES[r] : 'ingen roll');

function slaText(o: ObligationSpec): string {
  return o.days !== undefined ? `${o.days} ${o.workingDays ? 'arbetsdagar' : 'dagar'}` : `${o.months ?? 0} månader`;
}

function fields(catalog: ProcessCatalog, formId: string | undefined): Map<string, { title: string; required: boolean }> {
  const schema = formId ? catalog.forms[formId]?.schema : undefined;
  const props = (schema?.properties ?? {}) as Record<string, { title?: string }>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return new Map(Object.entries(props).map(([k, p]) => [k, { title: p.title ?? k, required: required.has(k) }]));
}

function transitionKeys(graph: StateGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of graph.transitions) {
    if (!t.target) continue;
    out.set(`${t.source}|${t.event}|${t.target}`, `från "${titleOf(graph, t.source)}" till "${titleOf(graph, t.target)}"`);
  }
  return out;
}

function predecessors(graph: StateGraph, path: string): string[] {
  return [...new Set(graph.transitions.filter((t) => t.target === path && t.source !== path).map((t) => titleOf(graph, t.source)))];
}

function isStep(n: GraphNode): boolean {
  return n.kind === 'atomic' && !!n.meta?.form;
}

/**
 * What changed from version `a` to version `b`, in the words of the rutin: steps added (and after
 * which), removed, renamed, re-roled; forms and their fields; SLAs; transitions; commands.
 */
export function diffDefinitions(a: ProcessDefinition, b: ProcessDefinition, catalog: ProcessCatalog): DefinitionChange[] {
  const ga = buildStateGraph(a.machine);
  const gb = buildStateGraph(b.machine);
  const changes: DefinitionChange[] = [];
  for (const path of gb.order) {
    const nb = gb.nodes.get(path)!;
    const na = ga.nodes.get(path);
    if (!na) {
      if (isStep(nb)) changes.push(addedStep(gb, path, nb));
      continue;
    }
    const title = titleOf(gb, path);
    changes.push(...metaChanges(path, titleOf(ga, path), title, na.meta, nb.meta));
    changes.push(...formChange(catalog, path, title, na.meta?.form, nb.meta?.form));
    changes.push(...fieldChanges(path, title, fields(catalog, na.meta?.form), fields(catalog, nb.meta?.form)));
    changes.push(...slaChanges(path, title, na.meta?.obligations ?? [], nb.meta?.obligations ?? []));
  }
  for (const path of ga.order) {
    const na = ga.nodes.get(path)!;
    if (!gb.nodes.has(path) && isStep(na)) changes.push({ kind: 'step_removed', text: `Steget "${titleOf(ga, path)}" har tagits bort.` });
  }
  changes.push(...transitionChanges(ga, gb));
  for (const [name, c] of Object.entries(b.commands))
    if (!a.commands[name]) changes.push({ kind: 'command', text: `Kommandot "${c.title}" har lagts till.` });
  for (const [name, c] of Object.entries(a.commands))
    if (!b.commands[name]) changes.push({ kind: 'command', text: `Kommandot "${c.title}" har tagits bort.` });
  if ((a.publicIntro ?? '') !== (b.publicIntro ?? ''))
    changes.push({
      kind: 'text',
      text: `Texten på det allmänna webbformuläret har ändrats till "${b.publicIntro ?? 'produktens egen text'}".`,
    });
  return changes;
}

function addedStep(gb: StateGraph, path: string, nb: GraphNode): DefinitionChange {
  const after = predecessors(gb, path);
  return {
    kind: 'step_added',
    path,
    text:
      `Steget "${titleOf(gb, path)}" (${role(nb.meta?.role)}) har lagts ` +
      `till${after.length ? ` efter ${after.map((t) => `"${t}"`).join(' och ')}` : ''}.`,
  };
}

type Meta = GraphNode['meta'];

/** A step kept in both versions: its title, role, help text and mandated flag. */
function metaChanges(path: string, oldTitle: string, title: string, ma: Meta, mb: Meta): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  if (oldTitle !== title) changes.push({ kind: 'step_changed', path, text: `Steget "${oldTitle}" heter nu "${title}".` });
  if (ma?.role !== mb?.role)
    changes.push({
      kind: 'step_changed',
      path,
      text: `Ansvarig för "${title}" har ändrats från ${role(ma?.role)} till ${role(mb?.role)}.`,
    });
  if ((ma?.help ?? '') !== (mb?.help ?? '')) changes.push({ kind: 'step_changed', path, text: `Hjälptexten för "${title}" har ändrats.` });
  if (!!ma?.mandatedStep !== !!mb?.mandatedStep)
    changes.push({
      kind: 'step_changed',
      path,
      text: `"${title}" är ${mb?.mandatedStep ? 'nu' : 'inte längre'} markerat som obligatoriskt steg.`,
    });
  return changes;
}

/** Another form for the step, by its title; a new version of the same form is named as such (its fields follow). */
function formChange(
  catalog: ProcessCatalog,
  path: string,
  title: string,
  a: string | undefined,
  b: string | undefined,
): DefinitionChange[] {
  if (a === b) return [];
  const named = (id: string | undefined) => (id ? String(catalog.forms[id]?.schema.title ?? 'ett formulär utan namn') : 'inget');
  const text =
    named(a) === named(b)
      ? `Formuläret för "${title}" har en ny version.`
      : `Steget "${title}" använder nu formuläret "${named(b)}" i stället för "${named(a)}".`;
  return [{ kind: 'field', path, text }];
}

type Fields = ReturnType<typeof fields>;

/** The step's form fields added, renamed, made required or optional, and removed. */
function fieldChanges(path: string, title: string, fa: Fields, fb: Fields): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  for (const [k, f] of fb) {
    const before = fa.get(k);
    if (!before)
      changes.push({
        kind: 'field',
        path,
        text: `Fältet "${f.title}" har lagts till i "${title}"${f.required ? ' (obligatoriskt)' : ''}.`,
      });
    else {
      if (before.title !== f.title)
        changes.push({ kind: 'field', path, text: `Fältet "${before.title}" i "${title}" heter nu "${f.title}".` });
      if (before.required !== f.required)
        changes.push({
          kind: 'field',
          path,
          text: `Fältet "${f.title}" i "${title}" är nu ${f.required ? 'obligatoriskt' : 'frivilligt'}.`,
        });
    }
  }
  for (const [k, f] of fa)
    if (!fb.has(k)) changes.push({ kind: 'field', path, text: `Fältet "${f.title}" har tagits bort från "${title}".` });
  return changes;
}

/** The step's deadlines added, changed and removed. */
function slaChanges(path: string, title: string, before: readonly ObligationSpec[], after: readonly ObligationSpec[]): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const sa = new Map(before.map((o) => [o.id, o]));
  const sb = new Map(after.map((o) => [o.id, o]));
  for (const [id, o] of sb) {
    const old = sa.get(id);
    if (!old) changes.push({ kind: 'sla', path, text: `Tidskravet "${o.title}" (${slaText(o)}) har lagts till för "${title}".` });
    else if (slaText(old) !== slaText(o))
      changes.push({ kind: 'sla', path, text: `Tidskravet för "${title}" har ändrats från ${slaText(old)} till ${slaText(o)}.` });
  }
  for (const [id, o] of sa)
    if (!sb.has(id)) changes.push({ kind: 'sla', path, text: `Tidskravet "${o.title}" för "${title}" har tagits bort.` });
  return changes;
}

/** New and removed routes between steps both versions have (a new step's routes are part of "step added"). */
function transitionChanges(ga: StateGraph, gb: StateGraph): DefinitionChange[] {
  const changes: DefinitionChange[] = [];
  const ta = transitionKeys(ga);
  const tb = transitionKeys(gb);
  const stepExisted = (p: string) => ga.nodes.has(p);
  for (const [k, text] of tb) {
    const [source, , target] = k.split('|') as [string, string, string];
    if (!ta.has(k) && stepExisted(source) && stepExisted(target))
      changes.push({ kind: 'transition_added', path: source, text: `Ny väg ${text}.` });
  }
  for (const [k, text] of ta) {
    const [source, , target] = k.split('|') as [string, string, string];
    if (!tb.has(k) && gb.nodes.has(source) && gb.nodes.has(target))
      changes.push({ kind: 'transition_removed', path: source, text: `Vägen ${text} finns inte längre.` });
  }
  return changes;
}
