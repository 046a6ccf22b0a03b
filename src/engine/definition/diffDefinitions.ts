import type { ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { placeName } from './diffPlaces';
import { insertionOf, placeText, transitionChanges } from './diffRoutes';
import { fieldChanges, formChange, metaChanges, newStepDetails, roleTitle, slaChanges } from './diffSteps';
import type { FormLookup } from './diffSteps';
import type { DefinitionChange } from './DefinitionChange';
import { buildStateGraph } from './StateGraph';
import type { GraphNode } from './StateGraph';

export type { ChangeKind, DefinitionChange } from './DefinitionChange';

function isStep(n: GraphNode): boolean {
  return n.kind === 'atomic' && !!n.meta?.form;
}

const lookup =
  (def: ProcessDefinition, catalog: ProcessCatalog): FormLookup =>
  (id) =>
    id === undefined ? undefined : (def.forms?.[id] ?? catalog.forms[id]);

/**
 * What changed from version `a` to version `b`, in the words of the rutin: steps added (where, with their role,
 * fields and deadline), removed, renamed, re-roled; help texts; forms and their fields; deadlines; routes; commands.
 */
export function diffDefinitions(a: ProcessDefinition, b: ProcessDefinition, catalog: ProcessCatalog): DefinitionChange[] {
  const ga = buildStateGraph(a.machine);
  const gb = buildStateGraph(b.machine);
  const [formsA, formsB] = [lookup(a, catalog), lookup(b, catalog)];
  const changes: DefinitionChange[] = [];
  const replaced = new Set<string>();
  for (const path of gb.order) {
    const nb = gb.nodes.get(path)!;
    const na = ga.nodes.get(path);
    const title = placeName(gb, path);
    if (!na) {
      if (!isStep(nb)) continue;
      const ins = insertionOf(ga, gb, path);
      ins.replaced.forEach((k) => replaced.add(k));
      const where = placeText(gb, path, ins);
      changes.push({ kind: 'step_added', path, text: `Steget "${title}" (${roleTitle(nb.meta?.role)}) har lagts till${where}.` });
      changes.push(...newStepDetails(path, title, nb.meta, formsB));
      continue;
    }
    const [fa, fb] = [formsA(na.meta?.form), formsB(nb.meta?.form)];
    changes.push(...metaChanges(path, placeName(ga, path), title, na.meta, nb.meta));
    changes.push(...formChange(path, title, fa, fb));
    changes.push(...fieldChanges(path, title, fa, fb));
    changes.push(...slaChanges(path, title, na.meta?.obligations ?? [], nb.meta?.obligations ?? []));
  }
  for (const path of ga.order) {
    const na = ga.nodes.get(path)!;
    if (!gb.nodes.has(path) && isStep(na)) changes.push({ kind: 'step_removed', text: `Steget "${placeName(ga, path)}" har tagits bort.` });
  }
  changes.push(...transitionChanges(ga, gb, replaced));
  for (const [name, c] of Object.entries(b.commands))
    if (!a.commands[name]) changes.push({ kind: 'command', text: `Funktionen "${c.title}" har lagts till i ärendet.` });
  for (const [name, c] of Object.entries(a.commands))
    if (!b.commands[name]) changes.push({ kind: 'command', text: `Funktionen "${c.title}" har tagits bort ur ärendet.` });
  if ((a.publicIntro ?? '') !== (b.publicIntro ?? ''))
    changes.push({
      kind: 'text',
      text: `Texten på det allmänna webbformuläret har ändrats till "${b.publicIntro ?? 'produktens egen text'}".`,
    });
  return changes;
}
