import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/legal/LegalSkeleton';

// SOSFS 2011:9 5 kap. 1–2 §§: risks are assessed, remedied and followed up; the yearly register per core process
// is approved by the verksamhetschef, who may not be the one who drew it up (isIndependent after addJav).
export const skeleton: LegalSkeleton = {
  processType: 'riskregister',
  steps: {
    upprattande: {
      key: 'upprattande',
      title: 'Upprätta riskregistret',
      role: 'enhetschef',
      requiredFields: ['ar', 'omfattning', 'risker', 'risker[]', 'risker[].nr', 'risker[].process', 'risker[].risk', 'risker[].kvalitetskriterier', 'risker[].sannolikhet', 'risker[].konsekvens', 'risker[].uppfoljning'],
    },
    godkannande: { key: 'godkannande', title: 'Godkännande', role: 'verksamhetschef', independent: true, requiredFields: ['godkand', 'godkannare', 'godkannare.namn', 'godkannare.titel', 'godkantDatum'] },
    uppfoljning: { key: 'uppfoljning', title: 'Årets uppföljning', role: 'enhetschef', requiredFields: ['uppfoljningDatum', 'rader', 'rader[]', 'rader[].nr', 'rader[].status', 'sammanfattning'],
      requiredGuards: [{ type: 'answersEveryRow', params: { event: 'upprattande.submit', rows: 'risker[].nr', answers: 'rader[].nr' } }] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'enhetschef', requiredFields: ['avslutsanteckning'], requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
  },
  routes: [['upprattande', 'godkannande', 'uppfoljning', 'avslut']],
  facts: {},
  conditional: [],
  // Whoever draws the register up may not approve it.
  jav: { event: 'upprattande.submit', paths: ['$actor'] },
  atgarder: atgardRules(['atgard.lagg_till'], false),
};
