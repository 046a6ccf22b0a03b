import { computeObligations } from '../obligations/computeObligations';
import { availableActions } from '../runtime/availableActions';
import type { Engine } from './Engine';
import type { EngineCore } from './engineState';
import { isRejection } from './engineState';
import { reportFacts } from './reportFacts';

type Reads =
  | 'registry'
  | 'onCommitted'
  | 'summaries'
  | 'page'
  | 'count'
  | 'principal'
  | 'organisation'
  | 'now'
  | 'get'
  | 'available'
  | 'obligations'
  | 'reportFacts'
  | 'invalidate';

/** What the engine answers without writing: lists, one ärende, what the caller may do, deadlines, report facts. */
export function engineReads(core: EngineCore): Pick<Engine, Reads> {
  const { registry, loadState } = core;
  const { store, clock, directory } = core.deps;
  return {
    registry,
    onCommitted: core.committed.subscribe,
    summaries: (query) => store.summaries(query),
    page: (query) => store.page(query),
    count: (query) => store.count(query),
    principal: core.principal,
    organisation: () => directory.organisation(),
    now: () => clock.now(),
    get: loadState,

    async available(arendeId, userId, known) {
      const who = known?.principal ?? (await core.principal(userId));
      if (isRejection(who)) return [];
      const state = known?.state ?? (await loadState(arendeId));
      return state ? availableActions(state, who.actor, who.org, clock.now()) : [];
    },

    async obligations(arendeId) {
      const state = await loadState(arendeId);
      return state ? computeObligations(state, clock.now()) : [];
    },

    reportFacts: () => reportFacts(store, registry),
    invalidate: core.forget,
  };
}
