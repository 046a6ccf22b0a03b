import type { ArendeEvent } from '../model/ArendeEvent';
import type { ArendeSummary } from '../model/ArendeSummary';
import type { ErsattareData, JavData } from '../model/JavEvents';
import type { RoleId } from '../model/Role';
import type { ScopedRow } from '../query/SummaryQuery';
import type { ArendeState } from '../runtime/ArendeState';
import type { Stall } from '../runtime/judging';
import type { Rejection } from '../runtime/Rejection';
import type { EngineCore } from './engineState';
import { appointErsattare, declareJav } from './javCommands';
import { stallsNow } from './javRules';
import { javView } from './javView';

/** A person the förvaltningschef may appoint: holds the role somewhere, not jävig, not herself, not already appointed. */
export interface Candidate {
  userId: string;
  namn: string;
  titel?: string;
}

/** What the case page shows about jäv: the stalls everyone who reads sees, and what the caller herself may do. */
export interface JavView {
  stalls: Stall[];
  /** Every förvaltningschef for the enhet is jävig too: the administratör gives someone the role instead. */
  noAppointer: boolean;
  /** The caller may appoint (the enhet's förvaltningschef, not jävig): the candidates per stalled role. */
  appoint?: { role: RoleId; candidates: Candidate[] }[];
  /** The role in which the caller could act on an active judging step, so may declare herself jävig. */
  declare?: { role: RoleId; steps: string[] };
}

export type JavResult =
  { ok: true; event: ArendeEvent; summary: ArendeSummary; state: ArendeState } | { ok: false; rejection: Rejection; state?: ArendeState };

/** Who may see the ärende (the server's access rule) and the view the caller decided on. */
export interface JavOptions {
  visible?: (row: ScopedRow) => boolean;
  expectedSeq?: number;
}

/** Declaring jäv mid-way and appointing an ersättare when jäv has stopped an ärende (engine-level events in its log). */
export interface JavAdmin {
  /** The judging steps jäv has stopped now, with their deadlines (for the case page and the notifications). */
  stalls(arendeId: string): Promise<Stall[]>;
  /** The stalls, and whether the caller may appoint an ersättare or declare herself jävig. */
  javView(arendeId: string, userId: string): Promise<JavView>;
  /** She declares herself jävig in the ärende (she could act on an active judging step); the step goes to someone else. */
  declareJav(arendeId: string, input: JavData, userId: string, opts?: JavOptions): Promise<JavResult>;
  /** The enhet's förvaltningschef appoints an ersättare for a role jäv has left without anyone, in this ärende only. */
  appointErsattare(arendeId: string, input: ErsattareData, userId: string, opts?: JavOptions): Promise<JavResult>;
}

/** The jäv operations over the engine's core. */
export function javAdmin(core: EngineCore): JavAdmin {
  const { directory, clock } = core.deps;
  return {
    async stalls(arendeId) {
      const state = await core.loadState(arendeId);
      return state ? stallsNow(directory, state, await directory.organisation(), clock.now()) : [];
    },
    javView: (arendeId, userId) => javView(core, arendeId, userId),
    declareJav: (arendeId, input, userId, opts = {}) => declareJav(core, arendeId, input, userId, opts),
    appointErsattare: (arendeId, input, userId, opts = {}) => appointErsattare(core, arendeId, input, userId, opts),
  };
}
