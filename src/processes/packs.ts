import { avvikelse } from './avvikelse/pack';
import { egenkontroll } from './egenkontroll/pack';
import { lexMaria } from './lex-maria/pack';
import { lexSarah } from './lex-sarah/pack';
import { rapporteringsskyldighet } from './rapporteringsskyldighet/pack';
import type { ProcessPack } from './ProcessPack';
import { riskanalys } from './riskanalys/pack';
import { riskregister } from './riskregister/pack';
import { synpunkter } from './synpunkter/pack';

/** Every process the product runs, in the order Ny rapport and the reports show them. A new process is one line here. */
export const PACKS = [avvikelse, lexSarah, riskanalys, lexMaria, synpunkter, egenkontroll, riskregister, rapporteringsskyldighet] as const satisfies readonly ProcessPack[];

export type ProcessType = (typeof PACKS)[number]['type'];
