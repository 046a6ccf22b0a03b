import type { DefaultRule, FormDefaults, NewItemDefaults } from '../../engine/model/StepDefaultRule';
import { me, step, today } from '../defaultRules';

const rapport = (path: string): DefaultRule => step('rapport.submit', path);
const utredning = (path: string): DefaultRule => step('utredning.submit', path);
const rapportText: DefaultRule = { join: [rapport('handelse'), rapport('konsekvens.beskrivning')] };
const omedelbara: DefaultRule = step('omedelbara_atgarder.submit', 'atgarder[].beskrivning');

/** What lex Sarah's forms are offered from its earlier steps, the organisation, the person and today. */
export const stepDefaults: FormDefaults = {
  'lex-sarah-utredning': {
    handelseOchKonsekvenser: rapportText,
    tidpunkter: {
      fields: {
        handelseTidpunkt: rapport('handelseTidpunkt'),
        upptacktTidpunkt: rapport('upptacktTidpunkt'),
        upptacktHur: rapport('upptacktHur'),
      },
    },
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
    klassificering: step('bedomning.submit', 'klassificering'),
    allvarligt: step('bedomning.submit', 'allvarligt'),
    motivering: step('bedomning.submit', 'motivering'),
    beslutsdatum: today,
    beslutsfattare: me,
  },
  'lex-sarah-anmalan-ivo': {
    typ: {
      lookup: { firstOf: [step('beslut.submit', 'klassificering'), step('bedomning.submit', 'klassificering')] },
      values: { missforhallande: 'allvarligt_missforhallande', pataglig_risk: 'pataglig_risk_allvarligt' },
    },
    avsandarensDiarienummer: step('registrering.submit', 'diarienummer'),
    anmalandeNamnd: { org: 'namnd' },
    organisationsnummer: { org: 'organisationsnummer' },
    verksamhet: { fields: { namn: { org: 'enhet' }, adress: { org: 'adress' }, postort: { org: 'postort' } } },
    verksamhetsform: { org: 'verksamhetsform' },
    ivoAvdelning: { org: 'ivoAvdelning' },
    handelseTidpunkt: { firstOf: [utredning('tidpunkter.handelseTidpunkt'), rapport('handelseTidpunkt')] },
    beskrivning: { firstOf: [utredning('handelseOchKonsekvenser'), rapportText] },
    vidtagnaAtgarder: { firstOf: [utredning('avhjalpandeAtgarder'), { join: [omedelbara] }] },
    utredningBifogas: { done: 'utredning.submit' },
    kontaktperson: {
      fields: { namn: { person: 'namn' }, titel: { person: 'titel' }, telefon: { person: 'telefon' }, epost: { person: 'epost' } },
    },
  },
  'lex-sarah-anmalan-godkannande': { undertecknare: me, datum: today },
  'lex-sarah-anmalan-skickad': { skickadDatum: today },
  'lex-sarah-komplettering': { skickadDatum: today },
  'lex-sarah-atgarder': {
    ingaAtgarder: { step: 'beslut.submit', path: 'ingaAtgarder', absent: false },
    motivering: step('beslut.submit', 'ingaAtgarderMotivering'),
    // The utredning's förebyggande åtgärder become the first åtgärd of the plan.
    atgarder: {
      items: [
        {
          fields: { vad: utredning('forebyggandeAtgarder'), orsak: utredning('orsaker'), ansvarig: me, typ: { value: 'forebyggande' } },
          requires: ['vad'],
          unless: step('beslut.submit', 'ingaAtgarder'),
        },
      ],
    },
  },
  'lex-sarah-uppfoljning': { sammanfattning: { summary: 'atgarder' }, datum: today },
  'lex-sarah-avslut': { avslutsanteckning: { summary: 'arende' }, datum: today },
};

export const newItemDefaults: NewItemDefaults = {
  'lex-sarah-registrering': { informerade: { datum: today } },
  'lex-sarah-utredning': { underlag: { datum: today, forfattare: me } },
  'lex-sarah-atgarder': { atgarder: { ansvarig: me } },
  // The enhetschef who acted is the one filling in the step: her name and title are offered, not retyped.
  'lex-sarah-omedelbara-atgarder': { atgarder: { utfordAv: me } },
};
