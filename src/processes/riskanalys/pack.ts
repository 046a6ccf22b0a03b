import { RISKANALYS_GUARDS } from './guards/index';
import { me, today } from '../defaultRules';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { skeleton } from './skeleton';
import { riskanalysFacts } from './facts';
import { riskanalysTable } from './reportTable';

export const riskanalys = {
  type: 'riskanalys',
  reportLabel: 'Riskanalyser',
  counted: true,
  skeleton,
  guards: RISKANALYS_GUARDS,
  rubrik: { event: 'beskrivning.submit', path: 'forandring' },
  nyRapport: {
    title: 'Riskanalys inför förändring',
    when:
      'För enhetschefer: innan en förändring i verksamheten (bemanning, lokaler, arbetssätt) ska riskerna bedömas tillsammans med ' +
      'personal och skyddsombud.',
    role: 'enhetschef',
  },
  stepDefaults: {
    'riskanalys-skyddsombud': { namn: { person: 'namn' } },
    'riskanalys-godkannande': { godkannare: me, datum: today },
    'riskanalys-uppfoljning': { datum: today },
  },
  newItemDefaults: { 'riskanalys-handlingsplan': { atgarder: { ansvarig: me } } },
  documents: [{ id: 'riskanalys', title: 'Riskanalys', linkText: 'Riskanalys (utskrift)' }],
  facts: riskanalysFacts,
  reportTables: [riskanalysTable],
  // The skyddsombud takes part in the analyses of her units (AFS 2023:1); never a rapport about an enskild.
  grants: [{ role: 'skyddsombud' }],
} as const satisfies ProcessPack;
