import type { PackUi } from '../../kit/PackUi';
import { KvittensPanel } from './KvittensPanel';

export const ui: PackUi = {
  // Whatever the step: who has acknowledged the year's information, who is missing and who is late.
  casePanel: ({ state }) => <KvittensPanel state={state} />,
};
