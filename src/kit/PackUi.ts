import type { ReactNode } from 'react';
import type { ArendeState, ArendeSummary } from '../engine/index';

/** What a process's print document gets from the generic print page. */
export interface PrintProps {
  id: string;
  state: ArendeState;
  summary: ArendeSummary;
  /** The "back to the ärende" and "print" controls, hidden on paper. */
  back: ReactNode;
}

/**
 * A pack's React part, loaded only in the browser when needed: its print documents (by the ids the pack lists)
 * and panels shown under one of its current steps.
 */
export interface PackUi {
  documents?: Readonly<Record<string, (props: PrintProps) => ReactNode>>;
  stepPanels?: Readonly<Record<string, (props: StepPanelProps) => ReactNode>>;
  /** Shown in the case view whatever the step, above it (a synpunkt's words as they came in through the public form). */
  casePanel?: (props: { state: ArendeState }) => ReactNode;
}

/** What a step panel gets from the case page. */
export interface StepPanelProps {
  state: ArendeState;
  /**
   * Opens the form of a command the person may use now (e.g. `atgard.lagg_till`) started with `initial`; `from` names
   * what it was opened from (its own draft). Undefined when she may not use it.
   */
  commandOpener(type: string): ((initial: Record<string, unknown>, from: string) => void) | undefined;
}

/** Loads one process's React part (`src/processes/<type>/ui.tsx`), by process type; the composition root finds them by place. */
export type PackUiLoaders = Readonly<Record<string, () => Promise<{ ui: PackUi }>>>;
