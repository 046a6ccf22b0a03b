import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';
import { ATGARD_DATES } from '../sharedDates';

/** The year the register covers. */
const REGISTER_YEAR = { events: ['upprattande.submit'], path: 'ar', label: 'registrets år' } as const;

// SOSFS 2011:9 5 kap. 1–2 §§: risks are assessed, remedied and followed up; the yearly register per core process
// is approved by the verksamhetschef, who may not be the one who drew it up (isIndependent after addJav).
export const skeleton: LegalSkeleton = {
  processType: 'riskregister',
  steps: {
    upprattande: {
      key: 'upprattande',
      title: 'Upprätta riskregistret',
      role: 'enhetschef',
      requiredFields: [
        'ar',
        'omfattning',
        'risker',
        'risker[]',
        'risker[].nr',
        'risker[].process',
        'risker[].risk',
        'risker[].kvalitetskriterier',
        'risker[].sannolikhet',
        'risker[].konsekvens',
        'risker[].uppfoljning',
      ],
    },
    godkannande: {
      key: 'godkannande',
      title: 'Godkännande',
      role: 'verksamhetschef',
      independent: true,
      requiredFields: ['godkand', 'godkannare', 'godkannare.namn', 'godkannare.titel', 'godkantDatum'],
    },
    uppfoljning: {
      key: 'uppfoljning',
      title: 'Årets uppföljning',
      role: 'enhetschef',
      requiredFields: ['uppfoljningDatum', 'rader', 'rader[]', 'rader[].nr', 'rader[].status', 'sammanfattning'],
      requiredGuards: [{ type: 'answersEveryRow', params: { event: 'upprattande.submit', rows: 'risker[].nr', answers: 'rader[].nr' } }],
    },
    avslut: {
      key: 'avslut',
      title: 'Avslut',
      role: 'enhetschef',
      requiredFields: ['avslutsanteckning'],
      requiredGuards: [{ type: 'hasAllAtgarderVerified' }],
    },
  },
  routes: [['upprattande', 'godkannande', 'uppfoljning', 'avslut']],
  facts: {},
  conditional: [],
  // Whoever draws the register up may not approve it.
  jav: { event: 'upprattande.submit', paths: ['$actor'] },
  atgarder: atgardRules(['atgard.lagg_till'], false),
  // An egenkontroll made from a risk is planned in the register's year; approval and follow-up have happened when
  // recorded, the follow-up after the approval and not before the register's year began.
  dates: [
    {
      event: 'risk.egenkontroll',
      path: 'genomforasSenast',
      label: 'Datumet då egenkontrollen senast ska vara genomförd',
      inPeriodOf: REGISTER_YEAR,
    },
    { event: 'godkannande.submit', path: 'godkantDatum', label: 'Datumet för godkännandet', notFuture: true },
    {
      event: 'uppfoljning.submit',
      path: 'uppfoljningDatum',
      label: 'Datumet för uppföljningen',
      notFuture: true,
      notBefore: [{ events: ['godkannande.submit'], path: 'godkantDatum', label: 'godkännandet' }],
      inPeriodOf: { ...REGISTER_YEAR, startOnly: true },
    },
    { event: 'avslut.submit', path: 'datum', label: 'Avslutsdatumet', notFuture: true },
    ...ATGARD_DATES,
  ],
};
