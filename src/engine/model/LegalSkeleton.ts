import type { AtgardStatus } from './ArendeContext';
import type { NamedRef } from './NamedRef';
import type { RoleId } from './Role';
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
  /**
   * Guards that must protect the step's completion, matched on type and the given params; a param given as
   * `{ max: n }` (or `{ min: n }`) accepts any number up to (from) n: a stricter threshold is lawful, a looser one not.
   */
  requiredGuards?: readonly NamedRef[];
}

/**
 * A fact learned from the log: from step data (`allvarligt` when `beslut.submit` carries `allvarligt: true`),
 * or from order (`absent`: the event happened while another had not yet, e.g. the anmälan before the utredning).
 * `decidedBy`: that event's other value clears the fact again (the beslut overrules an early "allvarligt").
 */
export type SkeletonFact =
  /** `placed`: the engine puts the value there (what came in through a public form), no one answers it in a form. */
  | { title: string; events: readonly string[]; path: string; equals: unknown; decidedBy?: string; placed?: true }
  | { title: string; events: readonly string[]; absent: string };

/**
 * A deadline the law (or the frame) sets: every state of `step` must carry it, no longer and from the same start.
 * In `months`, or in `days` when the frame counts days (0: by the end of the recorded date itself).
 */
export interface MandatedObligation {
  step: string;
  title: string;
  /** What it is shown as: the law's (`legal`) or the frame's own rule (`sla`); a definition may not relabel it. */
  kind: 'legal' | 'sla';
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

/**
 * A command the law binds wherever the definition puts it: every transition of `event` carries `requiredGuards`
 * (matched as a step's are) and, when `role` is given, an `isRole` for that role and no other.
 */
export interface MandatedCommand {
  event: string;
  title: string;
  role?: RoleId;
  requiredGuards: readonly NamedRef[];
  /** A command the law needs must exist (at least one transition); `optional` only binds it where it is. */
  optional?: true;
}

/** Steps that become mandated once a fact holds, and must be done before `before`. */
export interface ConditionalSteps {
  fact: string;
  steps: readonly string[];
  before: string;
  title: string;
}

/**
 * Who is jävig, recorded when the ärende starts: every transition of `event` carries `addJav` with at least
 * these paths (`$actor` is the person who sends it). Only `actorUnless` (an oral rapport she merely received) may spare the actor.
 */
export interface JavRecording {
  event: string;
  paths: readonly string[];
  actorUnless?: string;
}

/** The only commands that may give an åtgärd `status`, from which statuses, and whether jäv bars the rapportör. */
export interface AtgardStatusRule {
  events: readonly string[];
  from: readonly AtgardStatus[];
  independent?: boolean;
}

/**
 * How åtgärder are tracked: the steps and commands whose åtgärder must enter the ärende's list (`addAtgarder`;
 * at least one of them reachable), and who may move an åtgärd to each status.
 */
export interface AtgardRules {
  addedBy: readonly string[];
  status: Readonly<Record<Exclude<AtgardStatus, 'planerad'>, AtgardStatusRule>>;
}

/**
 * Who the rapportör is: the signed-in person who sends one of `events`, named at `path` (`{ namn, anvandarId }`), or
 * the ärende's own opener where `opener` (an avvikelse escalated to lex Sarah names its reporter). Only an oral rapport
 * (`oral` true) may name someone else, and then the one signed in is recorded as its receiver (`receiver.namn`).
 */
export interface RapportorRule {
  events: readonly string[];
  path: string;
  opener?: true;
  oral?: { flag: string; receiver: string };
}

/** A value a law-bound field must keep allowing, and the wordings its option may have. */
export interface LawBoundOption {
  value: unknown;
  labels: readonly string[];
  /** Why this answer must stay possible, when it is more than the field's reason (the fact it opens). */
  why?: string;
}

/**
 * A field the law's rules read (jäv, deadlines, mandated tracks): the form of `event` must keep it, with its
 * question worded as one of `titles` and each of `options` allowed and labelled as the skeleton lists.
 */
export interface LawBoundField {
  event: string;
  /** `a`, `a.b` or `rows[].b`. */
  path: string;
  titles?: readonly string[];
  options?: readonly LawBoundOption[];
  /** Why the law reads it, ending a refusal's sentence ("ett allvarligt missförhållande ska anmälas till IVO."). */
  why?: string;
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
  /** Commands whose every transition must carry the law's guards and role (a kvittens recorded once per person). */
  commands?: readonly MandatedCommand[];
  /** Commands where the person judges or verifies (`atgard.verifiera`): rapportör and inblandade may not perform them. */
  independentEvents?: readonly string[];
  /** Where jäv is recorded; required when a step or command is `independent`, or jäv would never be known. */
  jav?: JavRecording;
  atgarder?: AtgardRules;
  lawBound?: readonly LawBoundField[];
  /** Enforced by the engine on every new submission, whatever the definition says. */
  rapportor?: RapportorRule;
  /** The dates the law relies on (see `DateRule`): checked by the engine on every new submission and by the verifier. */
  dates?: readonly DateRule[];
}

/** The completion event of a step: `<key>.submit`. */
export function submitEventOf(stepKey: string): string {
  return `${stepKey}.submit`;
}
