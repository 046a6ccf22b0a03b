import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/model/LegalSkeleton';
import { ATGARD_DATES, rapportDates } from '../sharedDates';

export const skeleton: LegalSkeleton = {
  processType: 'avvikelse',
  steps: {
    rapport: {
      key: 'rapport',
      title: 'Rapport',
      role: 'medarbetare',
      requiredFields: ['handelseDatum', 'upptacktDatum', 'lagrum', 'kategori', 'handelse', 'konsekvens', 'omedelbarAtgard', 'informerade'],
    },
    bedomning: {
      key: 'bedomning',
      title: 'Bedömning',
      role: 'enhetschef',
      independent: true,
      requiredFields: ['konsekvens', 'sannolikhet', 'vag'],
    },
    eskalering: {
      key: 'eskalering',
      title: 'Eskalera till lex Sarah',
      role: 'enhetschef',
      requiredFields: ['sammanfattning', 'rapportor'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'eskalerad_till' } }],
    },
    // A händelse in hälso- och sjukvård that the enhetschef routes to the MAS opens a linked lex Maria-bedömning.
    overlamning: {
      key: 'overlamning',
      title: 'Överlämna till MAS',
      role: 'enhetschef',
      requiredFields: ['sammanfattning'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'overlamnad_till' } }],
    },
    analys: {
      key: 'analys',
      title: 'Analys',
      role: 'enhetschef',
      independent: true,
      requiredFields: ['orsaker', 'tidigareHant', 'orsaker[]', 'orsaker[].kategori', 'orsaker[].beskrivning'],
    },
    atgarder: { key: 'atgarder', title: 'Åtgärder', role: 'enhetschef' },
    uppfoljning: { key: 'uppfoljning', title: 'Uppföljning', role: 'enhetschef', requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'enhetschef', requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
  },
  routes: [
    ['rapport', 'bedomning', 'analys', 'atgarder', 'uppfoljning', 'avslut'],
    ['rapport', 'bedomning', 'eskalering', 'avslut'],
  ],
  facts: {
    till_mas: {
      title: 'bedömningen lämnar händelsen till MAS',
      events: ['bedomning.submit'],
      path: 'vag',
      equals: 'mas',
      decidedBy: 'bedomning.submit',
    },
  },
  conditional: [{ fact: 'till_mas', steps: ['overlamning'], before: 'analys', title: 'överlämningen till MAS' }],
  jav: { event: 'rapport.submit', paths: ['$actor', 'inblandade[].anvandarId'] },
  atgarder: atgardRules(['atgarder.submit', 'atgard.lagg_till']),
  // Whoever escalates names the lex Sarah rapportör: the avvikelse's own reporter, or herself.
  rapportor: { events: ['eskalering.submit', 'eskalering.ocksa'], path: 'rapportor', opener: true },
  lawBound: [
    {
      event: 'rapport.submit',
      path: 'inblandade',
      titles: ['Personal som var inblandad i händelsen'],
      why: 'de som anges där blir jäviga och får inte bedöma eller analysera.',
    },
    // Escalation to lex Sarah and the handover to the MAS are the routes the law opens from an avvikelse.
    {
      event: 'bedomning.submit',
      path: 'vag',
      titles: ['Fortsatt hantering'],
      options: [
        { value: 'lex_sarah', labels: ['Eskalera till lex Sarah'] },
        { value: 'mas', labels: ['Överlämna till MAS (lex Maria)'] },
      ],
      why:
        'vägen avgör om händelsen går vidare till lex Sarah eller till MAS, som lagen kräver när den gäller ett missförhållande ' +
        'eller hälso- och sjukvård.',
    },
  ],
  // Past is past: the händelse happened while the enhet ran, it was noticed and reported after it happened.
  dates: [
    ...rapportDates({ path: 'handelseDatum', label: 'Händelsedatumet' }, { path: 'upptacktDatum', label: 'Upptäcktsdatumet' }),
    { event: 'uppfoljning.submit', path: 'datum', label: 'Datumet för uppföljningen', notFuture: true },
    { event: 'avslut.submit', path: 'datum', label: 'Avslutsdatumet', notFuture: true },
    ...ATGARD_DATES,
  ],
};
