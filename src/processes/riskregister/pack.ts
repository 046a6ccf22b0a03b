import { me, today } from '../defaultRules';
import type { ProcessPack } from '../ProcessPack';
import { skeleton } from './skeleton';

export const riskregister = {
  type: 'riskregister',
  reportLabel: 'Riskregister',
  // The kvalitetsberättelse's trend counts events; a register is one per year and verksamhet, so it is not counted there.
  counted: false,
  skeleton,
  // "Riskregister 2027 – Hemtjänst Norr": the year and what it covers, as the first step records them.
  rubrik: { event: 'upprattande.submit', path: 'omfattning', text: (data) => (typeof data.ar === 'number' ? `Riskregister ${data.ar} – ${String(data.omfattning)}` : undefined) },
  nyRapport: {
    title: 'Årlig riskanalys (riskregister)',
    when: 'För enhetschefer: en gång om året analyseras riskerna i verksamhetens kärnprocesser (till exempel läkemedelshantering och dokumentation). Registret godkänns av verksamhetschefen och följs upp under året.',
    role: 'enhetschef',
  },
  // The approver and the day of approval, follow-up and avslut start filled in.
  stepDefaults: {
    'riskregister-godkannande': { godkannare: me, godkantDatum: today },
    'riskregister-uppfoljning': { uppfoljningDatum: today },
    'riskregister-avslut': { datum: today },
  },
  documents: [{ id: 'riskregister', title: 'Riskregister', linkText: 'Riskregister (utskrift)', after: 'upprattande.submit' }],
} as const satisfies ProcessPack;
