import type { GuardImpl } from '../../../engine/model/GuardImpl';
import { hasAtgardForEveryHighRisk } from './hasAtgardForEveryHighRisk';
import { hasSkyddsombudOrReason } from './hasSkyddsombudOrReason';
import { hasValuedEveryRisk } from './hasValuedEveryRisk';

/** The riskanalys's own guards, each required by its skeleton. */
export const RISKANALYS_GUARDS: Readonly<Record<string, GuardImpl>> = {
  hasSkyddsombudOrReason,
  hasValuedEveryRisk,
  hasAtgardForEveryHighRisk,
};
