import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';
import type { NamedRef } from '../../engine/model/NamedRef';

/**
 * The first step keeps what came in through the public form (`mottaget`, placed by the engine): the person's text,
 * the day and the channel never change, an answer asked for is never taken away, and any other change is a
 * correction with a reason (`rattelse`). Required exactly as written, so no published version can loosen it.
 */
export const KEEPS_RECEIVED: NamedRef = {
  type: 'keepsReceived',
  params: {
    received: 'mottaget',
    correction: 'rattelse',
    receivedDate: 'inkomDatum',
    defaults: { kanal: 'webbformular', mottagenFranAnnan: true },
    fields: {
      typ: 'Typ',
      beskrivning: 'Texten som personen skrev',
      inkomDatum: 'Datumet då det kom in',
      kanal: 'Hur det kom in',
      avsandare: 'Vem som lämnade det',
      avsandareNamn: 'Namnet',
      avsandareKontakt: 'Kontaktuppgiften',
      villHaSvar: 'Vill ha svar',
      svarSatt: 'Hur personen vill få svar',
      mottagenFranAnnan: 'Vems synpunkt det är',
    },
    unchangeable: ['beskrivning', 'inkomDatum', 'kanal'],
    kept: { villHaSvar: true },
  },
};
import { ATGARD_DATES } from '../sharedDates';

// SOSFS 2011:9 5 kap.: synpunkter och klagomål are received, investigated and used to improve the verksamhet.
// The återkoppling within two weeks is a local rutin (its SLA lives in the definition); that it happens when the
// person asked for an answer is part of the frame.
export const skeleton: LegalSkeleton = {
  processType: 'synpunkter',
  steps: {
    inkommen: {
      key: 'inkommen',
      title: 'Inkommen synpunkt',
      role: 'medarbetare',
      requiredFields: ['typ', 'beskrivning', 'inkomDatum', 'avsandare', 'villHaSvar'],
      requiredGuards: [KEEPS_RECEIVED],
    },
    registrering: {
      key: 'registrering',
      title: 'Registrering',
      role: 'enhetschef',
      independent: true,
      requiredFields: ['kategori', 'vag'],
    },
    // A klagomål that reveals a missförhållande opens a linked lex Sarah ärende; one about hälso- och sjukvård a lex Maria-bedömning.
    eskalering: {
      key: 'eskalering',
      title: 'Eskalera till lex Sarah',
      role: 'enhetschef',
      requiredFields: ['sammanfattning', 'rapportor'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'eskalerad_till' } }],
    },
    overlamning: {
      key: 'overlamning',
      title: 'Lämna till MAS',
      role: 'enhetschef',
      requiredFields: ['sammanfattning'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'overlamnad_till' } }],
    },
    utredning: { key: 'utredning', title: 'Utredning och åtgärder', role: 'enhetschef', independent: true, requiredFields: ['utredning'] },
    aterkoppling: { key: 'aterkoppling', title: 'Återkoppling', role: 'enhetschef', requiredFields: ['datum', 'satt', 'vadAterkopplades'] },
    avslut: {
      key: 'avslut',
      title: 'Avslut',
      role: 'enhetschef',
      requiredFields: ['avslutsanteckning'],
      requiredGuards: [{ type: 'hasAllAtgarderVerified' }],
    },
  },
  routes: [
    ['inkommen', 'registrering', 'utredning', 'avslut'],
    ['inkommen', 'registrering', 'eskalering', 'avslut'],
  ],
  facts: {
    till_mas: {
      title: 'registreringen lämnar klagomålet till MAS',
      events: ['registrering.submit'],
      path: 'vag',
      equals: 'mas',
      decidedBy: 'registrering.submit',
    },
    vill_ha_svar: {
      title: 'personen vill ha svar',
      events: ['inkommen.submit'],
      path: 'villHaSvar',
      equals: true,
      decidedBy: 'inkommen.submit',
    },
    // Read from what the engine placed, not from the registration: no staff input can clear a request the person made.
    bad_om_svar: {
      title: 'personen bad om svar i webbformuläret',
      events: ['inkommen.submit'],
      path: 'mottaget.data.villHaSvar',
      equals: true,
      decidedBy: 'inkommen.submit',
      placed: true,
    },
  },
  conditional: [
    { fact: 'till_mas', steps: ['overlamning'], before: 'utredning', title: 'överlämningen till MAS' },
    { fact: 'vill_ha_svar', steps: ['aterkoppling'], before: 'avslut', title: 'återkopplingen till den som lämnade synpunkten' },
    { fact: 'bad_om_svar', steps: ['aterkoppling'], before: 'avslut', title: 'återkopplingen som personen bad om' },
  ],
  // Who enters her own synpunkt, and the staff it concerns, may not register or investigate it.
  jav: { event: 'inkommen.submit', paths: ['$actor', 'berordPersonal[].anvandarId'], actorUnless: 'mottagenFranAnnan' },
  atgarder: atgardRules(['utredning.submit', 'atgard.lagg_till']),
  // Whoever escalates a klagomål to lex Sarah is its rapportör.
  rapportor: { events: ['eskalering.submit'], path: 'rapportor' },
  lawBound: [
    { event: 'inkommen.submit', path: 'mottaget', why: 'där lägger systemet det som kom in via webbformuläret, exakt som det skickades.' },
    {
      event: 'inkommen.submit',
      path: 'berordPersonal',
      titles: ['Personal som synpunkten gäller'],
      why: 'de som anges där blir jäviga och får inte registrera eller utreda synpunkten.',
    },
    {
      event: 'inkommen.submit',
      path: 'villHaSvar',
      titles: ['Vill personen ha svar?'],
      options: [
        { value: true, labels: ['Ja, personen vill ha svar'] },
        { value: false, labels: ['Nej'] },
      ],
      why: 'svaret avgör om personen ska få återkoppling.',
    },
    {
      event: 'inkommen.submit',
      path: 'mottagenFranAnnan',
      titles: ['Vems synpunkt för du in?'],
      options: [
        { value: true, labels: ['Någon annans – jag tog emot den och för in den'] },
        { value: false, labels: ['Min egen'] },
      ],
    },
    {
      event: 'registrering.submit',
      path: 'vag',
      titles: ['Fortsatt hantering'],
      options: [
        { value: 'lex_sarah', labels: ['Kan vara ett missförhållande – eskalera till lex Sarah'] },
        { value: 'mas', labels: ['Gäller hälso- och sjukvård – lämna till MAS (lex Maria)'] },
      ],
      why: 'vägen avgör om klagomålet går vidare till lex Sarah eller till MAS.',
    },
  ],
  // It came in on a real day (not before the enhet started); the återkoppling and the avslut come after it.
  dates: [
    { event: 'inkommen.submit', path: 'inkomDatum', label: 'Datumet då synpunkten kom in', notFuture: true, notBeforeEnhet: 'start' },
    {
      event: 'aterkoppling.submit',
      path: 'datum',
      label: 'Datumet för återkopplingen',
      notFuture: true,
      notBefore: [{ events: ['inkommen.submit'], path: 'inkomDatum', label: 'datumet då den kom in' }],
    },
    {
      event: 'avslut.submit',
      path: 'datum',
      label: 'Avslutsdatumet',
      notFuture: true,
      notBefore: [{ events: ['inkommen.submit'], path: 'inkomDatum', label: 'datumet då den kom in' }],
    },
    ...ATGARD_DATES,
  ],
};
