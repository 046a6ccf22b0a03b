import type { LegalSkeleton } from '../../engine/legal/LegalSkeleton';
import { ATGARD_DATES } from '../sharedDates';

// SOSFS 2011:9 5 kap.: synpunkter och klagomål are received, investigated and used to improve the verksamhet.
// The återkoppling within two weeks is a local rutin (its SLA lives in the definition); that it happens when the
// person asked for an answer is part of the frame.
export const skeleton: LegalSkeleton = {
  processType: 'synpunkter',
  steps: {
    inkommen: { key: 'inkommen', title: 'Inkommen synpunkt', role: 'medarbetare', requiredFields: ['typ', 'beskrivning', 'inkomDatum', 'avsandare', 'villHaSvar'] },
    registrering: { key: 'registrering', title: 'Registrering', role: 'enhetschef', independent: true, requiredFields: ['kategori', 'vag'] },
    // A klagomål that reveals a missförhållande opens a linked lex Sarah ärende; one about hälso- och sjukvård a lex Maria-bedömning.
    eskalering: { key: 'eskalering', title: 'Eskalera till lex Sarah', role: 'enhetschef', requiredFields: ['sammanfattning', 'rapportor'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'eskalerad_till' } }] },
    overlamning: { key: 'overlamning', title: 'Lämna till MAS', role: 'enhetschef', requiredFields: ['sammanfattning'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'overlamnad_till' } }] },
    utredning: { key: 'utredning', title: 'Utredning och åtgärder', role: 'enhetschef', independent: true, requiredFields: ['utredning'] },
    aterkoppling: { key: 'aterkoppling', title: 'Återkoppling', role: 'enhetschef', requiredFields: ['datum', 'satt', 'vadAterkopplades'] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'enhetschef', requiredFields: ['avslutsanteckning'], requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
  },
  routes: [
    ['inkommen', 'registrering', 'utredning', 'avslut'],
    ['inkommen', 'registrering', 'eskalering', 'avslut'],
  ],
  facts: {
    till_mas: { title: 'registreringen lämnar klagomålet till MAS', events: ['registrering.submit'], path: 'vag', equals: 'mas', decidedBy: 'registrering.submit' },
    vill_ha_svar: { title: 'personen vill ha svar', events: ['inkommen.submit'], path: 'villHaSvar', equals: true, decidedBy: 'inkommen.submit' },
  },
  conditional: [
    { fact: 'till_mas', steps: ['overlamning'], before: 'utredning', title: 'överlämningen till MAS' },
    { fact: 'vill_ha_svar', steps: ['aterkoppling'], before: 'avslut', title: 'återkopplingen till den som lämnade synpunkten' },
  ],
  // It came in on a real day (not before the enhet started); the återkoppling and the avslut come after it.
  dates: [
    { event: 'inkommen.submit', path: 'inkomDatum', label: 'Datumet då synpunkten kom in', notFuture: true, notBeforeEnhet: 'start' },
    { event: 'aterkoppling.submit', path: 'datum', label: 'Datumet för återkopplingen', notFuture: true, notBefore: [{ events: ['inkommen.submit'], path: 'inkomDatum', label: 'datumet då den kom in' }] },
    { event: 'avslut.submit', path: 'datum', label: 'Avslutsdatumet', notFuture: true, notBefore: [{ events: ['inkommen.submit'], path: 'inkomDatum', label: 'datumet då den kom in' }] },
    ...ATGARD_DATES,
  ],
};
