import type { RoleId } from '../model/Role';

/**
 * Where one default value comes from. `step` reads the latest data of an earlier step or command
 * (`absent` when that step is done but left the field out); `done` is whether a step is done.
 */
export type DefaultRule =
  | { readonly step: string; readonly path: string; readonly absent?: string | boolean }
  | { readonly stepDate: string }
  | { readonly done: string }
  | { readonly today: true }
  | { readonly person: 'namn' | 'titel' | 'telefon' | 'epost' }
  | { readonly org: OrgFact }
  | { readonly value: string | boolean }
  | { readonly firstOf: readonly DefaultRule[] }
  | { readonly join: readonly DefaultRule[] }
  | { readonly lookup: DefaultRule; readonly values: Readonly<Record<string, string>> }
  | { readonly fields: FieldRules }
  | { readonly items: readonly ItemRule[] }
  /** What the log says, as text: the åtgärder with their outcome, or the whole ärende at its end. */
  | { readonly summary: 'atgarder' | 'arende' };

/** What the organisation knows about the ärende's enhet and förvaltning (`postort` falls back on the verksamhet's ort). */
export type OrgFact = 'enhet' | 'postort' | 'adress' | 'verksamhetsform' | 'namnd' | 'organisationsnummer' | 'ivoAvdelning';

/** Defaults per field name of a form (or of an object inside it). */
export type FieldRules = Readonly<Record<string, DefaultRule>>;

/** One prefilled item of a list, offered only when every `requires` field got a value and `unless` is not true. */
export interface ItemRule {
  readonly fields: FieldRules;
  readonly requires: readonly string[];
  readonly unless?: DefaultRule;
}

/** A role as a person's title on a form ("Titel"); medarbetare is no title, so it gives none. */
export const TITLE_OF_ROLE: Readonly<Partial<Record<RoleId, string>>> = {
  enhetschef: 'Enhetschef',
  verksamhetschef: 'Verksamhetschef',
  sas: 'Socialt ansvarig samordnare',
  forvaltningschef: 'Förvaltningschef',
  processagare: 'Processägare',
  skyddsombud: 'Skyddsombud',
  mas: 'Medicinskt ansvarig sjuksköterska',
};

const rapport = (path: string): DefaultRule => ({ step: 'rapport.submit', path });
const utredning = (path: string): DefaultRule => ({ step: 'utredning.submit', path });
const me: DefaultRule = { fields: { namn: { person: 'namn' }, titel: { person: 'titel' } } };
const today: DefaultRule = { today: true };
const rapportText: DefaultRule = { join: [rapport('handelse'), rapport('konsekvens.beskrivning')] };
/** The avvikelse's rapport (its konsekvens is plain text) as one summary. */
const avvikelseText: DefaultRule = { join: [rapport('handelse'), rapport('konsekvens')] };
const omedelbara: DefaultRule = { step: 'omedelbara_atgarder.submit', path: 'atgarder[].beskrivning' };

/**
 * Facts carried forward, per form id without its version suffix (`lex-sarah-beslut-2` → `lex-sarah-beslut`),
 * so a process owner's copy (`…-v4`) gets every default whose field it still has.
 */
export const STEP_DEFAULT_RULES: Readonly<Record<string, FieldRules>> = {
  'lex-sarah-utredning': {
    handelseOchKonsekvenser: rapportText,
    tidpunkter: { fields: { handelseTidpunkt: rapport('handelseTidpunkt'), upptacktTidpunkt: rapport('upptacktTidpunkt'), upptacktHur: rapport('upptacktHur') } },
    avhjalpandeAtgarder: { join: [omedelbara] },
    utredare: me,
    // The rapport is the utredning's first underlag: its date, its text and its rapportör.
    underlag: {
      items: [
        {
          fields: {
            datum: { stepDate: 'rapport.submit' },
            kalla: { value: 'Lex Sarah-rapport' },
            typ: { value: 'fakta' },
            text: rapport('handelse'),
            forfattare: { fields: { namn: rapport('rapportor.namn'), titel: rapport('rapportor.befattning') } },
          },
          requires: ['datum', 'text', 'forfattare'],
        },
      ],
    },
  },
  'lex-sarah-utredning-anteckning': { datum: today, forfattare: me },
  'lex-sarah-allvarlighet': { bedomningsdatum: today },
  'lex-sarah-bedomning': { motivering: utredning('stallningstagande') },
  'lex-sarah-beslut': {
    klassificering: { step: 'bedomning.submit', path: 'klassificering' },
    allvarligt: { step: 'bedomning.submit', path: 'allvarligt' },
    motivering: { step: 'bedomning.submit', path: 'motivering' },
    beslutsdatum: today,
    beslutsfattare: me,
  },
  'lex-sarah-anmalan-ivo': {
    typ: {
      lookup: { firstOf: [{ step: 'beslut.submit', path: 'klassificering' }, { step: 'bedomning.submit', path: 'klassificering' }] },
      values: { missforhallande: 'allvarligt_missforhallande', pataglig_risk: 'pataglig_risk_allvarligt' },
    },
    avsandarensDiarienummer: { step: 'registrering.submit', path: 'diarienummer' },
    anmalandeNamnd: { org: 'namnd' },
    organisationsnummer: { org: 'organisationsnummer' },
    verksamhet: { fields: { namn: { org: 'enhet' }, adress: { org: 'adress' }, postort: { org: 'postort' } } },
    verksamhetsform: { org: 'verksamhetsform' },
    ivoAvdelning: { org: 'ivoAvdelning' },
    handelseTidpunkt: { firstOf: [utredning('tidpunkter.handelseTidpunkt'), rapport('handelseTidpunkt')] },
    beskrivning: { firstOf: [utredning('handelseOchKonsekvenser'), rapportText] },
    vidtagnaAtgarder: { firstOf: [utredning('avhjalpandeAtgarder'), { join: [omedelbara] }] },
    utredningBifogas: { done: 'utredning.submit' },
    kontaktperson: { fields: { namn: { person: 'namn' }, titel: { person: 'titel' }, telefon: { person: 'telefon' }, epost: { person: 'epost' } } },
  },
  'lex-sarah-anmalan-godkannande': { undertecknare: me, datum: today },
  'lex-sarah-anmalan-skickad': { skickadDatum: today },
  'lex-sarah-komplettering': { skickadDatum: today },
  'lex-sarah-atgarder': {
    ingaAtgarder: { step: 'beslut.submit', path: 'ingaAtgarder', absent: false },
    motivering: { step: 'beslut.submit', path: 'ingaAtgarderMotivering' },
    // The utredning's förebyggande åtgärder become the first åtgärd of the plan.
    atgarder: {
      items: [
        {
          fields: { vad: utredning('forebyggandeAtgarder'), orsak: utredning('orsaker'), ansvarig: me, typ: { value: 'forebyggande' } },
          requires: ['vad'],
          unless: { step: 'beslut.submit', path: 'ingaAtgarder' },
        },
      ],
    },
  },
  'atgard-rapportera': { genomfordDatum: today },
  'atgard-verifiera': { verifieradDatum: today },
  'lex-sarah-uppfoljning': { sammanfattning: { summary: 'atgarder' }, datum: today },
  'lex-sarah-avslut': { avslutsanteckning: { summary: 'arende' }, datum: today },
  // Riskanalys and avvikelse: the person who signs and today's date.
  'riskanalys-skyddsombud': { namn: { person: 'namn' } },
  'riskanalys-godkannande': { godkannare: me, datum: today },
  'riskanalys-uppfoljning': { datum: today },
  'avvikelse-uppfoljning': { datum: today },
  // What the avvikelse already says is offered when it is escalated or handed to the MAS.
  'avvikelse-eskalering': { sammanfattning: avvikelseText },
  'avvikelse-overlamning-mas': { sammanfattning: avvikelseText },
  'lex-maria-bedomning': { bedomare: me },
  'lex-maria-anmalan': { skickadDatum: today },
  'lex-maria-avslut': { datum: today },
  'avvikelse-avslut': { datum: today },
  'riskregister-godkannande': { godkannare: me, godkantDatum: today },
  'riskregister-uppfoljning': { uppfoljningDatum: today },
  'riskregister-avslut': { datum: today },
};

/** Starting data for an item the person adds to a list, per form id (as above) and list field. */
export const NEW_ITEM_DEFAULT_RULES: Readonly<Record<string, Readonly<Record<string, FieldRules>>>> = {
  'lex-sarah-registrering': { informerade: { datum: today } },
  'lex-sarah-utredning': { underlag: { datum: today, forfattare: me } },
  'lex-sarah-atgarder': { atgarder: { ansvarig: me } },
  'riskanalys-handlingsplan': { atgarder: { ansvarig: me } },
  'avvikelse-atgard': { atgarder: { ansvarig: me } },
};
