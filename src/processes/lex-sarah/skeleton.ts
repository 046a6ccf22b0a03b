import { atgardRules } from '../../engine/legal/atgardRules';
import type { LegalSkeleton } from '../../engine/legal/LegalSkeleton';
import { ATGARD_DATES, rapportDates } from '../sharedDates';

export const skeleton: LegalSkeleton = {
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
    { step: 'komplettering', title: 'komplettering senast två månader efter det datum anmälan skickades', kind: 'legal', from: { event: 'anmalan_skickad.submit', path: 'skickadDatum' }, months: 2, metBy: 'komplettering.submit' },
  ],
  // Past is past, and the order the law counts from holds: upptäckt and rapport after the händelse, the anmälan sent
  // after it was signed, the komplettering after the anmälan; the rapport's händelse happened while the enhet ran (only
  // the rapport is held to the enhet's dates: a later change of them cannot stop an ärende already under way).
  dates: [
    ...rapportDates({ path: 'handelseTidpunkt', label: 'Tidpunkten då händelsen inträffade' }, { path: 'upptacktTidpunkt', label: 'Tidpunkten då händelsen upptäcktes' }),
    { event: 'omedelbara_atgarder.submit', path: 'atgarder[].tidpunkt', label: 'Tidpunkten för den omedelbara åtgärden', notFuture: true },
    { event: 'registrering.submit', path: 'informerade[].datum', label: 'Datumet då de informerades', notFuture: true },
    { event: 'utredning.submit', path: 'tidpunkter.handelseTidpunkt', label: 'Tidpunkten då händelsen inträffade', notFuture: true },
    { event: 'utredning.submit', path: 'tidpunkter.upptacktTidpunkt', label: 'Tidpunkten då händelsen upptäcktes', notFuture: true,
      notBefore: [{ path: 'tidpunkter.handelseTidpunkt', label: 'händelsen' }] },
    { event: 'utredning.submit', path: 'underlag[].datum', label: 'Datumet för underlaget', notFuture: true },
    { event: 'utredning.submit', path: 'enskildInformation.datum', label: 'Datumet då den enskilde informerades', notFuture: true },
    { event: 'utredning.anteckning', path: 'datum', label: 'Datumet för anteckningen', notFuture: true },
    { event: 'allvarlighet.bedom', path: 'bedomningsdatum', label: 'Datumet för bedömningen', notFuture: true },
    { event: 'beslut.submit', path: 'beslutsdatum', label: 'Beslutsdatumet', notFuture: true },
    { event: 'anmalan_ivo.submit', path: 'handelseTidpunkt', label: 'Tidpunkten då händelsen inträffade', notFuture: true },
    { event: 'anmalan_godkannande.submit', path: 'datum', label: 'Datumet för underskriften', notFuture: true },
    { event: 'anmalan_skickad.submit', path: 'skickadDatum', label: 'Datumet då anmälan skickades', notFuture: true,
      notBefore: [{ events: ['anmalan_godkannande.submit'], path: 'datum', label: 'underskriften' }] },
    { event: 'komplettering.submit', path: 'skickadDatum', label: 'Datumet då kompletteringen skickades', notFuture: true,
      notBefore: [{ events: ['anmalan_skickad.submit'], path: 'skickadDatum', label: 'datumet då anmälan skickades' }] },
    { event: 'ivo.besked', path: 'datum', label: 'Datumet för beskedet till IVO', notFuture: true },
    { event: 'uppfoljning.submit', path: 'datum', label: 'Datumet för uppföljningen', notFuture: true },
    { event: 'avslut.submit', path: 'datum', label: 'Avslutsdatumet', notFuture: true },
    ...ATGARD_DATES,
  ],
  independentEvents: ['atgard.verifiera'],
  // The rapportör (or whoever received an oral rapport) and everyone named as inblandad may not investigate or decide.
  jav: { event: 'rapport.submit', paths: ['$actor', 'rapportor.anvandarId', 'inblandade[].anvandarId'], actorUnless: 'muntligRapport' },
  atgarder: atgardRules(['atgarder.submit', 'atgard.lagg_till']),
  rapportor: { events: ['rapport.submit'], path: 'rapportor', oral: { flag: 'muntligRapport', receiver: 'mottagenAv' } },
  lawBound: [
    { event: 'rapport.submit', path: 'inblandade', titles: ['Personal som var inblandad i händelsen'], why: 'de som anges där blir jäviga och får inte utreda eller besluta.' },
    { event: 'rapport.submit', path: 'muntligRapport', titles: ['Lämnades rapporten muntligt?'], options: [{ value: true, labels: ['Ja'] }, { value: false, labels: ['Nej'] }] },
    { event: 'bedomning.submit', path: 'allvarligt', titles: ['Är det allvarligt?'], options: [{ value: true, labels: ['Ja'] }, { value: false, labels: ['Nej'] }],
      why: 'SAS förslag om allvarlighet är underlaget för beslutet om anmälan till IVO.' },
    { event: 'beslut.submit', path: 'allvarligt', titles: ['Är det allvarligt?'], options: [{ value: true, labels: ['Ja'] }, { value: false, labels: ['Nej'] }],
      why: 'beslutet om allvarlighet avgör om missförhållandet ska anmälas till IVO.' },
    { event: 'beslut.submit', path: 'klassificering', titles: ['Klassificering'], options: [
      { value: 'inte_missforhallande', labels: ['Inte ett missförhållande'] },
      { value: 'missforhallande', labels: ['Missförhållande'] },
      { value: 'pataglig_risk', labels: ['Påtaglig risk för missförhållande'] },
    ], why: 'klassificeringen avgör vad ärendet kräver, också åtgärder vid ett missförhållande eller en påtaglig risk.' },
    { event: 'allvarlighet.bedom', path: 'allvarligt', titles: ['Händelsen bedöms som allvarlig'], options: [{ value: true, labels: [] }] },
  ],
};
