import type { PackUi } from '../../kit/PackUi';
import { RegisterPanel } from './RegisterPanel';
import { RiskregisterDoc } from './RiskregisterDoc';

export const ui: PackUi = {
  documents: { riskregister: RiskregisterDoc },
  stepPanels: { godkannande: RegisterPanel, uppfoljning: RegisterPanel, avslut: RegisterPanel },
};
