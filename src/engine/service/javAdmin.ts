import type { ErsattareData, JavData } from '../model/JavEvents';
import type { Stall } from '../runtime/judging';
import type { EngineCore } from './engineState';
import { appointErsattare, declareJav } from './javCommands';
import { stallsNow } from './javRules';
import { javView } from './javView';
import type { JavView, KnownView } from './javView';
import type { JavOptions, JavResult } from './javRules';

export type { Candidate, JavView, KnownView } from './javView';
export type { JavOptions, JavResult } from './javRules';

/** Declaring jäv mid-way and appointing an ersättare when jäv has stopped an ärende (engine-level events in its log). */
export interface JavAdmin {
  /** The judging steps jäv has stopped now, with their deadlines (for the case page and the notifications). */
  stalls(arendeId: string): Promise<Stall[]>;
  /** The stalls, and whether the caller may appoint an ersättare or declare herself jävig. */
  javView(arendeId: string, userId: string, known?: KnownView): Promise<JavView>;
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
    javView: (arendeId, userId, known) => javView(core, arendeId, userId, known),
    declareJav: (arendeId, input, userId, opts = {}) => declareJav(core, arendeId, input, userId, opts),
    appointErsattare: (arendeId, input, userId, opts = {}) => appointErsattare(core, arendeId, input, userId, opts),
  };
}
