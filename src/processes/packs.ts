import { createPackRegistry } from '../engine/packs/createPackRegistry';
import type { ProcessPack } from '../engine/model/ProcessPack';
import { avvikelse } from './avvikelse/pack';
import { egenkontroll } from './egenkontroll/pack';
import { lexMaria } from './lex-maria/pack';
import { lexSarah } from './lex-sarah/pack';
import { rapporteringsskyldighet } from './rapporteringsskyldighet/pack';
import { riskanalys } from './riskanalys/pack';
import { riskregister } from './riskregister/pack';
import { synpunkter } from './synpunkter/pack';

/** Every process the product runs, in the order Ny rapport and the reports show them. A new process is one line here. */
export const PACKS = [
  avvikelse,
  lexSarah,
  riskanalys,
  lexMaria,
  synpunkter,
  egenkontroll,
  riskregister,
  rapporteringsskyldighet,
] as const satisfies readonly ProcessPack[];

/** The product's packs as the engine's registry, checked loudly once; only composition roots import it. */
export const REGISTRY = createPackRegistry(PACKS);
