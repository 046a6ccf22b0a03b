import type { ProcessPack } from '../ProcessPack';
import { skeleton } from './skeleton';

export const riskanalys = {
  type: 'riskanalys',
  reportLabel: 'Riskanalyser',
  counted: true,
  skeleton,
  rubrik: { event: 'beskrivning.submit', path: 'forandring' },
  nyRapport: {
    title: 'Riskanalys inför förändring',
    when: 'För enhetschefer: innan en förändring i verksamheten (bemanning, lokaler, arbetssätt) ska riskerna bedömas tillsammans med personal och skyddsombud.',
    role: 'enhetschef',
  },
  documents: [{ id: 'riskanalys', title: 'Riskanalys', linkText: 'Riskanalys (utskrift)' }],
  ui: () => import('./ui'),
} as const satisfies ProcessPack;
