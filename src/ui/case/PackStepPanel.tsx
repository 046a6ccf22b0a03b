import type { ActionOption, ArendeState } from '../../engine/index';
import type { PackUi } from '../../kit/PackUi';
import type { Open } from './caseActions';

interface PackStepPanelProps {
  packUi: PackUi | undefined;
  stepKey: string;
  state: ArendeState;
  options: readonly ActionOption[];
  setOpen(open: Open): void;
}

/** A pack's own panel for a step (a risk matrix …), which may open a command the person may give with starting data. */
export function PackStepPanel({ packUi, stepKey, state, options, setOpen }: PackStepPanelProps) {
  const Panel = packUi?.stepPanels?.[stepKey];
  const commandOpener = (type: string) =>
    options.some((o) => o.type === type && o.allowed)
      ? (initial: Record<string, unknown>, from: string) => setOpen({ type, initial, from })
      : undefined;
  return Panel ? <Panel state={state} commandOpener={commandOpener} /> : null;
}
