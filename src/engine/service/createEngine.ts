import { definitionAdmin } from './definitionAdmin';
import { definitionsLoading } from './definitionsLoading';
import type { Engine } from './Engine';
import { engineBackup } from './engineBackup';
import type { EngineDeps } from './EngineDeps';
import { engineReads } from './engineReads';
import { createEngineCore } from './engineState';
import { javAdmin } from './javAdmin';
import { openCommands } from './openCommand';
import { submitCommand } from './submitCommand';

export type { Engine, OpenResult, SubmitOptions, SubmitResult } from './Engine';
export { groupByArende } from './engineBackup';

/**
 * The engine's application service: the only place that combines the pure core with ports. Builds the shared core
 * once (registry, state cache, commit) and composes the operations over it.
 */
export function createEngine(deps: EngineDeps): Engine {
  const core = createEngineCore(deps);
  return {
    ...engineReads(core),
    ...definitionsLoading(core),
    ...openCommands(core),
    ...submitCommand(core),
    ...engineBackup(core),
    ...definitionAdmin(core),
    ...javAdmin(core),
  };
}
