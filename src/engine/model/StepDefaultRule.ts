/**
 * Where one default value comes from. `step` reads the latest data of an earlier step or command
 * (`absent` when that step is done but left the field out); `done` is whether a step is done.
 */
export type DefaultRule =
  | { readonly step: string; readonly path: string; readonly absent?: string | boolean }
  | { readonly stepDate: string }
  | { readonly done: string }
  | { readonly today: true }
  | { readonly person: 'namn' | 'titel' | 'telefon' | 'epost' }
  | { readonly org: OrgFact }
  | { readonly value: string | boolean }
  | { readonly firstOf: readonly DefaultRule[] }
  | { readonly join: readonly DefaultRule[] }
  | { readonly lookup: DefaultRule; readonly values: Readonly<Record<string, string>> }
  /** A number plus a constant, e.g. next year from a register's year. */
  | { readonly sum: DefaultRule; readonly add: number }
  /** A date (`YYYY-MM-DD`) whole months later, the number given as text (e.g. by a `lookup`); a month's last day stays the last. */
  | { readonly addMonths: DefaultRule; readonly months: DefaultRule }
  | { readonly fields: FieldRules }
  | { readonly items: readonly ItemRule[] }
  /** One list item per item of an earlier step's list, with fields copied from it (field → its source field), e.g. a row per risk. */
  | { readonly eachOf: { readonly step: string; readonly path: string }; readonly copy: Readonly<Record<string, string>> }
  /** What the log says, as text: the åtgärder with their outcome, or the whole ärende at its end. */
  | { readonly summary: 'atgarder' | 'arende' };

/** What the organisation knows about the ärende's enhet and förvaltning (`postort` falls back on the verksamhet's ort). */
export type OrgFact = 'enhet' | 'postort' | 'adress' | 'verksamhetsform' | 'namnd' | 'organisationsnummer' | 'ivoAvdelning';

/** Defaults per field name of a form (or of an object inside it). */
export type FieldRules = Readonly<Record<string, DefaultRule>>;

/** One prefilled item of a list, offered only when every `requires` field got a value and `unless` is not true. */
export interface ItemRule {
  readonly fields: FieldRules;
  readonly requires: readonly string[];
  readonly unless?: DefaultRule;
}

/** Facts carried forward, per form id without its version suffix (so a process owner's copy `…-v4` keeps them). */
export type FormDefaults = Readonly<Record<string, FieldRules>>;

/** Starting data for an item the person adds to a list, per form id (as above) and list field. */
export type NewItemDefaults = Readonly<Record<string, Readonly<Record<string, FieldRules>>>>;
