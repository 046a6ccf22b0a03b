import type { NamedRef } from '../model/NamedRef';
import type { RoleId } from '../model/Role';
import type { DateRule } from './DateRule';

/** A step the law (or a binding föreskrift) mandates, identified by its state key. */
export interface MandatedStep {
  key: string;
  title: string;
  role: RoleId;
  /** Rapportör and involved persons may not complete it (separation of duties). */
  independent?: boolean;
  /** Fields the step's form must require (domain.md's mandated content): `a`, `a.b`, `rows[]` (≥ 1 row), `rows[].b`. */
  requiredFields?: readonly string[];
  /** Guards (matched on type and the given params) that must protect the step's completion. */
  requiredGuards?: readonly NamedRef[];
}

/**
 * A fact learned from the log: from step data (`allvarligt` when `beslut.submit` carries `allvarligt: true`),
 * or from order (`absent`: the event happened while another had not yet, e.g. the anmälan before the utredning).
 * `decidedBy`: that event's other value clears the fact again (the beslut overrules an early "allvarligt").
 */
export type SkeletonFact =
  | { title: string; events: readonly string[]; path: string; equals: unknown; decidedBy?: string }
  | { title: string; events: readonly string[]; absent: string };

/**
 * A deadline the law (or the frame) sets: every state of `step` must carry it, no longer and from the same start.
 * In `months`, or in `days` when the frame counts days (0: by the end of the recorded date itself).
 */
export interface MandatedObligation {
  step: string;
  title: string;
  from: { event: string; path?: string };
  months?: number;
  days?: number;
  metBy: string;
}

/**
 * A lawful early end that must stay possible: a command by `role`, with the fields the law wants recorded,
 * that ends the process once `after` is done (a riskanalys whose change is not made).
 */
export interface MandatedStop {
  event: string;
  title: string;
  role: RoleId;
  after: string;
  requiredFields?: readonly string[];
}

/** Steps that become mandated once a fact holds, and must be done before `before`. */
export interface ConditionalSteps {
  fact: string;
  steps: readonly string[];
  before: string;
  title: string;
}

/**
 * The legal frame of one process type, in code: a process owner can edit the rutin (data)
 * but every published definition must satisfy this skeleton.
 */
export interface LegalSkeleton {
  processType: string;
  steps: Readonly<Record<string, MandatedStep>>;
  /** Allowed orders of the unconditional mandated steps (one per route). */
  routes: readonly (readonly string[])[];
  facts: Readonly<Record<string, SkeletonFact>>;
  conditional: readonly ConditionalSteps[];
  obligations?: readonly MandatedObligation[];
  stops?: readonly MandatedStop[];
  /** Commands where the person verifies (e.g. `atgard.verifiera`): rapportör and inblandade may not perform them. */
  independentEvents?: readonly string[];
  /** The dates the law relies on (see `DateRule`): checked by the engine on every new submission and by the verifier. */
  dates?: readonly DateRule[];
}

/** The completion event of a step: `<key>.submit`. */
export function submitEventOf(stepKey: string): string {
  return `${stepKey}.submit`;
}
