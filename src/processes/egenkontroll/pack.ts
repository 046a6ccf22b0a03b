import { me, step, today } from '../defaultRules';
import type { ProcessPack } from '../ProcessPack';
import { skeleton } from './skeleton';

export const egenkontroll = {
  type: 'egenkontroll',
  reportLabel: 'Egenkontroller',
  counted: true,
  skeleton,
  // An egenkontroll belongs to the year (and period) of the plan it is due in, not the day it was entered.
  handelseField: 'genomforasSenast',
  nyRapport: {
    title: 'Planera egenkontroll',
    when: 'Lägg in ett tillfälle i årets plan för egenkontroller: vad som ska kontrolleras, hur ofta, vem som ansvarar och senast när. Kontrollen, dess avvikelser och åtgärder dokumenteras sedan i samma ärende.',
    role: 'enhetschef',
  },
  rubrik: { event: 'planering.submit', path: 'rubrik' },
  kategori: { event: 'planering.submit', path: 'kontroll' },
  reportSections: {
    plannedVsPerformed: {
      title: 'Egenkontroller: planerade och genomförda',
      groupTitle: 'Kontroll',
      planned: { event: 'planering.submit', path: 'genomforasSenast', updatedBy: 'planering.omplanera' },
      performed: { event: 'genomforande.submit', path: 'genomfordDatum' },
      findings: { event: 'genomforande.submit', path: 'avvikelserHittades' },
    },
  },
  // The plan's method is where the genomförande starts; the one who plans is the first suggestion for ansvarig.
  stepDefaults: {
    'egenkontroll-planering': { ansvarig: me },
    'egenkontroll-genomforande': { genomfordDatum: today, metod: step('planering.submit', 'planeradMetod') },
    'egenkontroll-avslut': { avslutsanteckning: { summary: 'arende' }, datum: today },
  },
  newItemDefaults: { 'egenkontroll-genomforande': { atgarder: { ansvarig: me } } },
  documents: [{ id: 'egenkontroll', title: 'Egenkontroll', linkText: 'Egenkontroll (utskrift)', after: 'planering.submit' }],
} as const satisfies ProcessPack;
