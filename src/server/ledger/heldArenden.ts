import { WHOLE_LOG } from '../../api/contract';
import type { IntegrityProblem } from '../postgres/IntegrityProblem';

/**
 * The ärenden the newest check of the whole log named: this instance serves none of them (no read, no step, no list row)
 * until a later check passes them. Each check replaces the set, so a repaired ärende opens again by itself.
 */
export interface HeldArenden {
  /** The first reason the check gave for the ärende, when it is held. */
  reasonOf(arendeId: string): string | undefined;
  /** Replace the held set with what a check (this instance's or another's) found. */
  learn(problems: readonly IntegrityProblem[]): void;
  readonly size: number;
}

export function heldArenden(): HeldArenden {
  let held = new Map<string, string>();
  return {
    reasonOf: (arendeId) => held.get(arendeId),
    learn(problems) {
      const next = new Map<string, string>();
      for (const p of problems) if (p.arendeId !== WHOLE_LOG && !next.has(p.arendeId)) next.set(p.arendeId, p.reason);
      held = next;
    },
    get size() {
      return held.size;
    },
  };
}

/** The Swedish answer to someone who may read the ärende while it is held. */
export function heldMessage(reason: string): string {
  return (
    'Ärendet visas inte just nu: den senaste kontrollen av loggen fann fel i det, och servern lämnar inte ut en kopia som ' +
    `kan vara ändrad. Felet: ${reason} SAS och administratören ser mer under "Kontroll av loggen".`
  );
}
