import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/legal/LegalSkeleton';

// SOSFS 2011:9 5 kap.: egenkontroll is planned, performed and documented, and what it finds is remedied and followed up.
// The plan's own date is the deadline: a check not performed by it is overdue, whatever the rutin says.
export const skeleton: LegalSkeleton = {
  processType: 'egenkontroll',
  steps: {
    planering: { key: 'planering', title: 'Planering', role: 'enhetschef',
      requiredFields: ['rubrik', 'kontroll', 'syfte', 'ar', 'frekvens', 'genomforasSenast', 'ansvarig', 'ansvarig.namn', 'ansvarig.titel'] },
    // Each deviation found leads to at least one åtgärd with ansvarig and klart-datum, recorded with the check itself.
    genomforande: { key: 'genomforande', title: 'Genomförande', role: 'enhetschef',
      requiredFields: ['genomfordDatum', 'metod', 'urval', 'resultat', 'avvikelserHittades', 'avvikelser', 'atgarder'],
      requiredGuards: [{ type: 'hasItemForEvery', params: { items: 'avvikelser[].nr', by: 'atgarder[].avvikelseNr' } }] },
    avslut: { key: 'avslut', title: 'Uppföljning och avslut', role: 'enhetschef', requiredFields: ['avslutsanteckning'], requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
  },
  routes: [['planering', 'genomforande', 'avslut']],
  facts: {},
  conditional: [],
  obligations: [
    { step: 'genomforande', title: 'Egenkontrollen ska genomföras senast planerat datum', kind: 'sla', from: { event: 'planering.submit', path: 'genomforasSenast' }, days: 0, metBy: 'genomforande.submit' },
  ],
  atgarder: atgardRules(['genomforande.submit', 'atgard.lagg_till']),
};
