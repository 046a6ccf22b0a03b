import { OPEN_EVENT } from '../../src/engine/model/ArendeEvent';
import type { ArendeEvent } from '../../src/engine/model/ArendeEvent';
import type { RoleId } from '../../src/engine/model/Role';
import type { ArendeSummary, OpenDeadline } from '../../src/engine/model/ArendeSummary';
import { NO_DEADLINE } from '../../src/engine/model/ArendeSummary';

/** What a hand-built ärende needs: the rest of the event and summary shape is filled in. */
export interface FakeArendeSpec {
  id: string;
  processType: 'avvikelse' | 'lex-sarah' | 'riskanalys' | 'egenkontroll';
  enhetId: string;
  openedAt: string;
  /** Events after the open event, in order: type, instant and step data. */
  steps: readonly (readonly [type: string, at: string, data?: unknown])[];
  status?: 'open' | 'closed';
  rubrik?: string;
  kategori?: string;
  deadlines?: OpenDeadline[];
}

const ACTOR = { userId: 'user:test', role: 'medarbetare' } satisfies { userId: string; role: RoleId };

/**
 * Builds the events and summary row of an ärende without the engine, for report tests and
 * benchmarks of edge cases the real machines make slow to reach. Hashes are placeholders.
 */
export function fakeArende(spec: FakeArendeSpec): { events: ArendeEvent[]; summary: ArendeSummary } {
  const base = { arendeId: spec.id, actor: ACTOR, prevHash: '', hash: '' };
  const events: ArendeEvent[] = [
    {
      ...base,
      id: `${spec.id}/0`,
      seq: 0,
      type: OPEN_EVENT,
      at: spec.openedAt,
      stepData: { processType: spec.processType, definitionId: spec.processType, definitionVersion: 1, enhetId: spec.enhetId },
    },
  ];
  spec.steps.forEach(([type, at, data], i) =>
    events.push({ ...base, id: `${spec.id}/${i + 1}`, seq: i + 1, type, at, stepData: data ?? {} }),
  );
  const last = events[events.length - 1]!;
  const status = spec.status ?? 'open';
  const deadlines = status === 'open' ? (spec.deadlines ?? []) : [];
  const summary: ArendeSummary = {
    arendeId: spec.id,
    processType: spec.processType,
    definitionId: spec.processType,
    definitionVersion: 1,
    enhetId: spec.enhetId,
    status,
    value: null,
    activeSteps: [],
    lastSeq: last.seq,
    lastHash: '',
    openedAt: spec.openedAt,
    openedBy: ACTOR.userId,
    updatedAt: last.at,
    links: [],
    rubrik: spec.rubrik ?? `Händelse ${spec.id}`,
    ...(spec.kategori ? { kategori: spec.kategori } : {}),
    deadlines,
    nextDueAt: deadlines[0]?.dueAt ?? NO_DEADLINE,
    roleDue: [],
  };
  return { events, summary };
}
