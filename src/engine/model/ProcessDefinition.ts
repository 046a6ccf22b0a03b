import type { NamedRef } from './NamedRef';
import type { RoleId } from './Role';
import type { FormSpec } from './ProcessCatalog';

/** A process type: any pack's `type`, checked against the PackRegistry at runtime. */
export type ProcessType = string;

/** A deadline attached to a state: due a duration after a start, met by an event. */
export interface ObligationSpec {
  id: string;
  /** Swedish description, e.g. "Omedelbara åtgärder ska dokumenteras". */
  title: string;
  /** `legal` is a hard number from law (komplettering); `sla` is a local, configurable rutin. */
  kind: 'sla' | 'legal';
  /**
   * When the clock starts: entering the state, the latest occurrence of an event type, or a date that event recorded
   * (`path`); `updatedBy` names an event that records a new date at the same path (a re-planning) and then counts instead.
   */
  from: { entered: true } | { event: string; path?: string; updatedBy?: string };
  days?: number;
  months?: number;
  /** `days` are working days (Monday–Friday, not Swedish public holidays), to the end of the last one in Stockholm. */
  workingDays?: boolean;
  /** The event type that meets the obligation. */
  metBy: string;
  /** Key into the legal reference table (machines/legal-references.json). */
  legalRef?: string;
}

/** A state's `meta` in a definition: what the UI shows and what the verifier checks. */
export interface StateMeta {
  title: string;
  role?: RoleId;
  form?: string;
  mandatedStep?: boolean;
  obligations?: ObligationSpec[];
  help?: string;
}

export type { NamedRef };

export interface TransitionJson {
  target?: string;
  guard?: NamedRef;
  actions?: NamedRef[];
  description?: string;
}

export interface StateJson {
  type?: 'compound' | 'parallel' | 'final';
  initial?: string;
  meta?: StateMeta;
  on?: Record<string, TransitionJson | TransitionJson[]>;
  onDone?: TransitionJson | TransitionJson[];
  states?: Record<string, StateJson>;
  description?: string;
}

export interface MachineJson extends StateJson {
  id: string;
  initial: string;
  states: Record<string, StateJson>;
}

/** A command that is not a step's own submit (e.g. `atgard.verifiera`): its form and title. */
export interface CommandSpec {
  title: string;
  form: string;
  help?: string;
}

/** A process definition as data: an XState v5 config plus the catalogue of commands. */
export interface ProcessDefinition {
  id: string;
  version: number;
  processType: ProcessType;
  title: string;
  description?: string;
  published?: { at: string; by: string; note: string };
  commands: Record<string, CommandSpec>;
  /** Forms first published with this version (bundled forms are referenced by id only). */
  forms?: Record<string, FormSpec>;
  /** The public form's introduction as this förvaltning words it (e.g. when it answers); the pack's own when absent. */
  publicIntro?: string;
  machine: MachineJson;
}

export function definitionRef(def: Pick<ProcessDefinition, 'id' | 'version'>): string {
  return `${def.id}@${def.version}`;
}
