import type { RoleId } from '../model/Role';
import type { FormDefaults, NewItemDefaults } from '../model/StepDefaultRule';
import type { PackRegistry } from '../model/PackRegistry';

export type { DefaultRule, FieldRules, ItemRule, OrgFact } from '../model/StepDefaultRule';

/** A role as a person's title on a form ("Titel"); medarbetare is no title, so it gives none. */
export const TITLE_OF_ROLE: Readonly<Partial<Record<RoleId, string>>> = {
  enhetschef: 'Enhetschef',
  verksamhetschef: 'Verksamhetschef',
  sas: 'Socialt ansvarig samordnare',
  forvaltningschef: 'Förvaltningschef',
  processagare: 'Processägare',
  skyddsombud: 'Skyddsombud',
  mas: 'Medicinskt ansvarig sjuksköterska',
};

/** The åtgärd commands' forms, shared by every process. */
const SHARED: FormDefaults = {
  'atgard-rapportera': { genomfordDatum: { today: true } },
  'atgard-verifiera': { verifieradDatum: { today: true } },
};

/** The rules of the shared forms and every pack's, per form id without its version suffix (a form may serve several processes). */
export interface DefaultRuleTables {
  /** Facts carried forward (`ProcessPack.stepDefaults`). */
  steps: FormDefaults;
  /** Starting data for an item the person adds to a list, per list field (`ProcessPack.newItemDefaults`). */
  newItems: NewItemDefaults;
}

const TABLES = new WeakMap<PackRegistry, DefaultRuleTables>();

/** The step default tables of a pack registry, merged once. */
export function defaultRulesOf(packs: PackRegistry): DefaultRuleTables {
  let tables = TABLES.get(packs);
  if (!tables) {
    const steps = Object.assign({}, SHARED, ...packs.packs.map((p) => p.stepDefaults ?? {})) as FormDefaults;
    const newItems = Object.assign({}, ...packs.packs.map((p) => p.newItemDefaults ?? {})) as NewItemDefaults;
    TABLES.set(packs, (tables = { steps, newItems }));
  }
  return tables;
}
