import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';
import { ATGARD_DATES } from '../sharedDates';

/** The year of the plan the occasion belongs to. */
const PLAN_YEAR = { events: ['planering.submit'], path: 'ar', label: 'planens år' } as const;

// SOSFS 2011:9 5 kap.: egenkontroll is planned, performed and documented, and what it finds is remedied and followed up.
// The plan's own date is the deadline: a check not performed by it is overdue, whatever the rutin says.
export const skeleton: LegalSkeleton = {
  processType: 'egenkontroll',
  steps: {
    planering: {
      key: 'planering',
      title: 'Planering',
      role: 'enhetschef',
      requiredFields: ['rubrik', 'kontroll', 'syfte', 'ar', 'frekvens', 'genomforasSenast', 'ansvarig', 'ansvarig.namn', 'ansvarig.titel'],
    },
    // Each deviation found leads to at least one åtgärd with ansvarig and klart-datum, recorded with the check itself.
    genomforande: {
      key: 'genomforande',
      title: 'Genomförande',
      role: 'enhetschef',
      requiredFields: ['genomfordDatum', 'metod', 'urval', 'resultat', 'avvikelserHittades', 'avvikelser', 'atgarder'],
      requiredGuards: [{ type: 'hasItemForEvery', params: { items: 'avvikelser[].nr', by: 'atgarder[].avvikelseNr' } }],
    },
    avslut: {
      key: 'avslut',
      title: 'Uppföljning och avslut',
      role: 'enhetschef',
      requiredFields: ['avslutsanteckning'],
      requiredGuards: [{ type: 'hasAllAtgarderVerified' }],
    },
  },
  routes: [['planering', 'genomforande', 'avslut']],
  // A finding that may be a missförhållande must have the linked route to lex Sarah (from version 2), by the enhetschef.
  commands: [
    {
      event: 'eskalering.lex_sarah',
      title: 'Eskalera fynd till lex Sarah',
      role: 'enhetschef',
      requiredGuards: [{ type: 'hasLink', params: { rel: 'eskalerad_till' } }],
    },
  ],
  // Whoever escalates names the lex Sarah rapportör: herself, or the one who planned the egenkontroll.
  rapportor: { events: ['eskalering.lex_sarah'], path: 'rapportor', opener: true },
  facts: {},
  conditional: [],
  obligations: [
    {
      step: 'genomforande',
      title: 'Egenkontrollen ska genomföras senast planerat datum',
      kind: 'sla',
      from: { event: 'planering.submit', path: 'genomforasSenast' },
      days: 0,
      metBy: 'genomforande.submit',
    },
  ],
  atgarder: atgardRules(['genomforande.submit', 'atgard.lagg_till']),
  // A planned occasion lies in its plan's year (also when re-planned); a check is performed at the enhet while it runs,
  // not in the future and not before the plan's year began (late is still real: no upper bound).
  dates: [
    {
      event: 'planering.submit',
      path: 'genomforasSenast',
      label: 'Datumet då kontrollen senast ska vara genomförd',
      inPeriodOf: { path: 'ar', label: 'planens år' },
    },
    { event: 'planering.omplanera', path: 'genomforasSenast', label: 'Det nya datumet', inPeriodOf: PLAN_YEAR },
    {
      event: 'genomforande.submit',
      path: 'genomfordDatum',
      label: 'Datumet då kontrollen genomfördes',
      notFuture: true,
      inPeriodOf: { ...PLAN_YEAR, startOnly: true },
      notBeforeEnhet: 'startAndEnd',
    },
    {
      event: 'avslut.submit',
      path: 'datum',
      label: 'Avslutsdatumet',
      notFuture: true,
      notBefore: [{ events: ['genomforande.submit'], path: 'genomfordDatum', label: 'genomförandet' }],
    },
    ...ATGARD_DATES,
  ],
};
