import type { ArendeState } from './ArendeState';
import { lastEvent } from './ArendeState';
import { computeObligations } from '../obligations/computeObligations';
import { readPath } from '../behaviour/readPath';
import { NO_DEADLINE } from '../model/ArendeSummary';
import type { ActiveStep, ArendeSummary, OpenDeadline } from '../model/ArendeSummary';
import { activeStepPaths } from './candidates';
import { ownSteps, waitDoneOf } from './ownSteps';

export function activeSteps(state: ArendeState): ActiveStep[] {
  const graph = state.loaded.graph;
  return activeStepPaths(state).map((path) => {
    const node = graph.nodes.get(path)!;
    return { key: node.key, path, title: node.meta?.title ?? node.key, role: node.meta?.role, mandated: node.meta?.mandatedStep === true };
  });
}

const DEFAULT_RUBRIK = { event: 'rapport.submit', path: 'handelse' };
const DEFAULT_KATEGORI = { event: 'rapport.submit', path: 'kategori' };

/** A short Swedish label for an ärende: the start of what happened (or of the change analysed), where its pack says. */
export function rubrikOf(state: ArendeState): string {
  const rubrik: { event: string; path: string; text?(data: Record<string, unknown>): string | undefined } =
    state.loaded.pack.rubrik ?? DEFAULT_RUBRIK;
  // A linked ärende not yet started reads its label from what its first step was prefilled with (a planned next occasion).
  const first = rubrik.event === `${state.loaded.definition.machine.initial}.submit`;
  const data = state.snapshot.context.steps[rubrik.event]?.data ?? (first ? state.open.prefill : undefined);
  const text =
    (data && typeof data === 'object' ? rubrik.text?.(data as Record<string, unknown>) : undefined) ?? readPath(data, rubrik.path);
  if (typeof text === 'string' && text.trim()) return text.length > 90 ? `${text.slice(0, 89).trimEnd()}…` : text;
  const prefill = readPath(state.open.prefill, 'handelse');
  return typeof prefill === 'string' ? prefill.slice(0, 90) : 'Rapport ej inlämnad';
}

function openDeadlines(state: ArendeState): OpenDeadline[] {
  return computeObligations(state, lastEvent(state).at)
    .filter((o) => o.status === 'open')
    .map((o) => ({ id: o.id, title: o.title, kind: o.kind, stepTitle: o.stepTitle, role: o.role, dueAt: o.dueAt }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** Sort keys per waiting role: the earliest deadline of that role's steps (or none); own steps' roles wait too. */
export function roleDueKeys(
  steps: readonly ActiveStep[],
  deadlines: readonly OpenDeadline[],
  own: readonly { role: string }[] = [],
): string[] {
  const roles = [...new Set([...steps.map((s) => s.role), ...own.map((o) => o.role)].filter((r) => r !== undefined))];
  return roles.map((role) => `${role}|${deadlines.find((d) => d.role === role)?.dueAt ?? NO_DEADLINE}`);
}

/** The list row written beside each event (snapshot cache included). */
export function toSummary(state: ArendeState): ArendeSummary {
  const last = lastEvent(state);
  // E.g. an avvikelse's kategori, a lex Sarah rapport's händelsekategori: list filters and report groups.
  const source = state.loaded.pack.kategori ?? DEFAULT_KATEGORI;
  const kategori = readPath(state.snapshot.context.steps[source.event]?.data, source.path);
  const deadlines = openDeadlines(state);
  const steps = activeSteps(state);
  const own = ownSteps(state);
  const waitDone = waitDoneOf(steps, own);
  const ersattare = (state.snapshot.context.ersattare ?? []).map(({ userId, role }) => ({ userId, role }));
  return {
    arendeId: state.arendeId,
    processType: state.open.processType,
    definitionId: state.open.definitionId,
    definitionVersion: state.loaded.definition.version,
    enhetId: state.open.enhetId,
    status: state.status,
    value: state.snapshot.value,
    activeSteps: steps,
    lastSeq: last.seq,
    lastHash: last.hash,
    openedAt: state.openedAt,
    openedBy: state.openedBy,
    updatedAt: last.at,
    links: [...state.links],
    ...(ersattare.length ? { ersattare } : {}),
    rubrik: rubrikOf(state),
    ...(typeof kategori === 'string' ? { kategori } : {}),
    deadlines,
    nextDueAt: state.status === 'open' ? (deadlines[0]?.dueAt ?? NO_DEADLINE) : NO_DEADLINE,
    roleDue: state.status === 'open' ? roleDueKeys(steps, deadlines, own) : [],
    ...(own.length ? { ownSteps: own } : {}),
    ...(Object.keys(waitDone).length ? { waitDone } : {}),
  };
}
