import type { ProcessType } from '../definition/ProcessDefinition';
import type { LegalSkeleton } from './LegalSkeleton';

const lexSarah: LegalSkeleton = {
  processType: 'lex-sarah',
  steps: {
    rapport: { key: 'rapport', title: 'Rapport', role: 'medarbetare',
      requiredFields: ['handelse', 'handelseTidpunkt', 'upptacktTidpunkt', 'upptacktHur', 'enskildReferens', 'konsekvens', 'rapportor',
        'konsekvens.typ', 'konsekvens.beskrivning', 'rapportor.namn', 'rapportor.befattning'] },
    omedelbara_atgarder: { key: 'omedelbara_atgarder', title: 'Omedelbara åtgärder', role: 'enhetschef', requiredFields: ['behovs'] },
    utredning: { key: 'utredning', title: 'Utredning', role: 'sas', independent: true,
      requiredFields: ['handelseOchKonsekvenser', 'tidpunkter', 'orsaker', 'tidigareHandelser', 'avhjalpandeAtgarder',
        'ovrigaIakttagelser', 'stallningstagande', 'forebyggandeAtgarder', 'utredare', 'underlag', 'enskildInformation',
        'tidpunkter.handelseTidpunkt', 'tidpunkter.upptacktTidpunkt', 'tidpunkter.upptacktHur', 'tidigareHandelser.harHantForut',
        'tidigareHandelser.riskForUpprepning', 'utredare.namn', 'utredare.titel', 'utredare.ingetJav', 'enskildInformation.informerad',
        // Each piece of the utredning says when, from where, whether fact or judgement, and who wrote it.
        'underlag[]', 'underlag[].datum', 'underlag[].kalla', 'underlag[].typ', 'underlag[].text', 'underlag[].forfattare.namn', 'underlag[].forfattare.titel'] },
    bedomning: { key: 'bedomning', title: 'Bedömning', role: 'sas', independent: true, requiredFields: ['klassificering', 'allvarligt', 'motivering'] },
    beslut: { key: 'beslut', title: 'Beslut', role: 'forvaltningschef', independent: true,
      requiredFields: ['klassificering', 'allvarligt', 'motivering', 'beslutsfattare.namn', 'beslutsfattare.titel'] },
    anmalan_ivo: { key: 'anmalan_ivo', title: 'Anmälan till IVO – förbered', role: 'sas', independent: true,
      requiredFields: ['typ', 'avsandarensDiarienummer', 'anmalandeNamnd', 'verksamhet', 'handelsePlats', 'handelseTidpunkt', 'beskrivning', 'ivoAvdelning', 'utredningBifogas',
        'verksamhet.namn', 'verksamhet.adress', 'verksamhet.postort'] },
    anmalan_godkannande: { key: 'anmalan_godkannande', title: 'Anmälan till IVO – godkänn och underteckna', role: 'forvaltningschef', independent: true, requiredFields: ['godkand', 'undertecknare', 'undertecknare.namn', 'undertecknare.titel'] },
    anmalan_skickad: { key: 'anmalan_skickad', title: 'Anmälan till IVO – skickad', role: 'sas', requiredFields: ['skickadDatum'],
      requiredGuards: [{ type: 'isDateBetweenStepAndToday', params: { path: 'skickadDatum', notBefore: 'anmalan_godkannande.submit' } }] },
    komplettering: { key: 'komplettering', title: 'Komplettering till IVO', role: 'sas', requiredFields: ['skickadDatum'],
      requiredGuards: [{ type: 'hasStep', params: { event: 'utredning.submit' } }] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'sas', independent: true, requiredFields: ['avslutsanteckning'],
      requiredGuards: [
        // A missförhållande is not closed without real åtgärder, nor with IVO left believing an overruled "allvarligt".
        { type: 'hasRealAtgarder' },
        { type: 'hasIvoBeskedIfContradicted' },
        { type: 'hasStep', params: { event: 'beslut.submit' } },
        { type: 'hasAllAtgarderVerified' },
        { type: 'hasStep', params: { event: 'utredning.submit', path: 'enskildInformation' } },
      ] },
  },
  routes: [['rapport', 'omedelbara_atgarder', 'utredning', 'bedomning', 'beslut', 'avslut']],
  facts: {
    allvarligt: { title: 'missförhållandet har bedömts som allvarligt', events: ['allvarlighet.bedom', 'beslut.submit'], path: 'allvarligt', equals: true, decidedBy: 'beslut.submit' },
    // From the log, never from a checkbox: the anmälan was sent before the utredning was finished.
    utredning_ej_bifogad: { title: 'utredningen var inte klar när anmälan skickades', events: ['anmalan_skickad.submit'], absent: 'utredning.submit' },
  },
  conditional: [
    { fact: 'allvarligt', steps: ['anmalan_ivo', 'anmalan_godkannande', 'anmalan_skickad'], before: 'avslut', title: 'anmälan till IVO' },
    { fact: 'utredning_ej_bifogad', steps: ['komplettering'], before: 'avslut', title: 'komplettering till IVO' },
  ],
  obligations: [
    { step: 'komplettering', title: 'komplettering senast två månader efter det datum anmälan skickades', from: { event: 'anmalan_skickad.submit', path: 'skickadDatum' }, months: 2, metBy: 'komplettering.submit' },
  ],
  independentEvents: ['atgard.verifiera'],
};

const avvikelse: LegalSkeleton = {
  processType: 'avvikelse',
  steps: {
    rapport: { key: 'rapport', title: 'Rapport', role: 'medarbetare',
      requiredFields: ['handelseDatum', 'upptacktDatum', 'lagrum', 'kategori', 'handelse', 'konsekvens', 'omedelbarAtgard', 'informerade'] },
    bedomning: { key: 'bedomning', title: 'Bedömning', role: 'enhetschef', independent: true, requiredFields: ['konsekvens', 'sannolikhet', 'vag'] },
    eskalering: { key: 'eskalering', title: 'Eskalera till lex Sarah', role: 'enhetschef', requiredFields: ['sammanfattning', 'rapportor'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'eskalerad_till' } }] },
    // A händelse in hälso- och sjukvård that the enhetschef routes to the MAS opens a linked lex Maria-bedömning.
    overlamning: { key: 'overlamning', title: 'Överlämna till MAS', role: 'enhetschef', requiredFields: ['sammanfattning'],
      requiredGuards: [{ type: 'hasLink', params: { rel: 'overlamnad_till' } }] },
    analys: { key: 'analys', title: 'Analys', role: 'enhetschef', independent: true, requiredFields: ['orsaker', 'tidigareHant', 'orsaker[]', 'orsaker[].kategori', 'orsaker[].beskrivning'] },
    atgarder: { key: 'atgarder', title: 'Åtgärder', role: 'enhetschef' },
    uppfoljning: { key: 'uppfoljning', title: 'Uppföljning', role: 'enhetschef', requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'enhetschef', requiredGuards: [{ type: 'hasAllAtgarderVerified' }] },
  },
  routes: [
    ['rapport', 'bedomning', 'analys', 'atgarder', 'uppfoljning', 'avslut'],
    ['rapport', 'bedomning', 'eskalering', 'avslut'],
  ],
  facts: {
    till_mas: { title: 'bedömningen lämnar händelsen till MAS', events: ['bedomning.submit'], path: 'vag', equals: 'mas', decidedBy: 'bedomning.submit' },
  },
  conditional: [{ fact: 'till_mas', steps: ['overlamning'], before: 'analys', title: 'överlämningen till MAS' }],
};

// Patientsäkerhetslagen 3 kap. 5 §; in a kommun the MAS judges and makes the anmälan (HSL 11 kap. 4 §).
const lexMaria: LegalSkeleton = {
  processType: 'lex-maria',
  steps: {
    bedomning: { key: 'bedomning', title: 'Lex Maria-bedömning', role: 'mas', independent: true, requiredFields: ['handelse', 'anmalas', 'motivering', 'bedomare', 'bedomare.namn'] },
    anmalan: { key: 'anmalan', title: 'Anmälan till IVO enligt lex Maria', role: 'mas', requiredFields: ['skickadDatum', 'satt'],
      requiredGuards: [{ type: 'isDateBetweenStepAndToday', params: { path: 'skickadDatum', notBefore: 'bedomning.submit' } }] },
    avslut: { key: 'avslut', title: 'Avslut', role: 'mas', requiredFields: ['aterkoppling'] },
  },
  routes: [['bedomning', 'avslut']],
  facts: {
    anmals: { title: 'MAS har bedömt att händelsen ska anmälas', events: ['bedomning.submit'], path: 'anmalas', equals: true, decidedBy: 'bedomning.submit' },
  },
  conditional: [{ fact: 'anmals', steps: ['anmalan'], before: 'avslut', title: 'anmälan till IVO enligt lex Maria' }],
};

const riskanalys: LegalSkeleton = {
  processType: 'riskanalys',
  steps: {
    // A start that has already come (or comes today) could never be preceded by the approval.
    beskrivning: { key: 'beskrivning', title: 'Beskriv förändringen', role: 'enhetschef', requiredFields: ['forandring', 'var', 'berorda', 'planeradStart'],
      requiredGuards: [{ type: 'isDateAfterToday', params: { path: 'planeradStart' } }] },
    deltagare: { key: 'deltagare', title: 'Deltagare', role: 'enhetschef', requiredFields: ['deltagare', 'skyddsombudDeltar', 'deltagare[]', 'deltagare[].namn', 'deltagare[].funktion'],
      requiredGuards: [{ type: 'hasSkyddsombudOrReason' }] },
    identifiera: { key: 'identifiera', title: 'Identifiera risker', role: 'enhetschef', requiredFields: ['risker', 'risker[]', 'risker[].nr', 'risker[].beskrivning', 'risker[].perspektiv', 'risker[].kvalitetskriterium'] },
    vardera: { key: 'vardera', title: 'Värdera risker', role: 'enhetschef', requiredFields: ['varderingar', 'varderingar[]', 'varderingar[].nr', 'varderingar[].sannolikhet', 'varderingar[].konsekvens'], requiredGuards: [{ type: 'hasValuedEveryRisk' }] },
    handlingsplan: { key: 'handlingsplan', title: 'Åtgärder och handlingsplan', role: 'enhetschef', requiredFields: ['atgarder', 'atgarder[].nr', 'atgarder[].atgard', 'atgarder[].ansvarig', 'atgarder[].tidpunkt'],
      requiredGuards: [{ type: 'hasAtgardForEveryHighRisk' }] },
    // The skyddsombud who takes part gives their view on the finished analysis before it is approved (AFS 2023:1).
    skyddsombud: { key: 'skyddsombud', title: 'Skyddsombudets synpunkter', role: 'skyddsombud', requiredFields: ['namn', 'stallningstagande'] },
    godkannande: { key: 'godkannande', title: 'Godkännande', role: 'verksamhetschef', requiredFields: ['godkand', 'godkannare', 'datum', 'godkannare.namn', 'godkannare.titel'],
      requiredGuards: [{ type: 'isBeforeStepDate', params: { event: 'beskrivning.submit', path: 'planeradStart', replannedBy: 'planering.omplanera' } }] },
    uppfoljning: { key: 'uppfoljning', title: 'Uppföljning', role: 'enhetschef', requiredFields: ['riskerIntraffade', 'atgarderFungerade'] },
  },
  routes: [['beskrivning', 'deltagare', 'identifiera', 'vardera', 'handlingsplan', 'godkannande', 'uppfoljning']],
  facts: {
    skyddsombud_deltar: { title: 'skyddsombudet deltar', events: ['deltagare.submit'], path: 'skyddsombudDeltar', equals: true, decidedBy: 'deltagare.submit' },
  },
  conditional: [{ fact: 'skyddsombud_deltar', steps: ['skyddsombud'], before: 'godkannande', title: 'skyddsombudets synpunkter' }],
  // The verksamhetschef may stop the analysis when the change is not made; that end must stay possible.
  stops: [{ event: 'analys.avbryt', title: 'Avbryt riskanalysen', role: 'verksamhetschef', after: 'beskrivning', requiredFields: ['motivering', 'forandringenGenomforsInte'] }],
};

export const SKELETONS: Readonly<Record<ProcessType, LegalSkeleton>> = {
  'lex-sarah': lexSarah,
  avvikelse,
  riskanalys,
  'lex-maria': lexMaria,
};
