import type { RoleId } from '../model/Role';
import type { FormDefaults, NewItemDefaults } from '../model/StepDefaultRule';
import { PACKS } from '../../processes/packs';
import type { ProcessPack } from '../model/ProcessPack';

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

const packs: readonly ProcessPack[] = PACKS;

/** Facts carried forward, per form id without its version suffix: the shared forms' and each pack's (`stepDefaults`). */
export const STEP_DEFAULT_RULES: FormDefaults = Object.assign({}, SHARED, ...packs.map((p) => p.stepDefaults ?? {})) as FormDefaults;

/** Starting data for an item the person adds to a list, per form id (as above) and list field, from the packs. */
export const NEW_ITEM_DEFAULT_RULES: NewItemDefaults = Object.assign({}, ...packs.map((p) => p.newItemDefaults ?? {})) as NewItemDefaults;
