import { me, step, today } from '../defaultRules';
import { present, stepValues } from '../prefill';
import type { ProcessPack } from '../../engine/model/ProcessPack';
import { registerRows } from './registerRows';
import { skeleton } from './skeleton';

export const riskregister = {
  type: 'riskregister',
  reportLabel: 'Riskregister',
  // Counted in the year it covers (its `ar`), not the year it was entered: a 2020 register entered in 2026 is 2020's.
  counted: true,
  handelseField: 'ar',
  skeleton,
  // "Riskregister 2027 – Hemtjänst Norr": the year and what it covers, as the first step records them.
  rubrik: {
    event: 'upprattande.submit',
    path: 'omfattning',
    text: (data) => (typeof data.ar === 'number' ? `Riskregister ${data.ar} – ${String(data.omfattning)}` : undefined),
  },
  opens: [
    {
      // A risk becomes an egenkontroll with one action: its own ärende, planned from the row, linked both ways.
      rel: 'bevakas_av',
      back: 'bevakar_risk',
      processType: 'egenkontroll',
      noun: 'en egenkontroll',
      asRole: 'enhetschef',
      title: 'Egenkontroll som bevakar en risk',
      backTitle: 'Bevakar en risk i riskregistret',
      prefill(context, data) {
        const asked = (data ?? {}) as { riskNr?: unknown; kontroll?: unknown; genomforasSenast?: unknown };
        const row = registerRows(context).find((r) => r.nr === asked.riskNr);
        const ar = (context.steps['upprattande.submit']?.data as { ar?: unknown } | undefined)?.ar;
        return {
          ...present('rubrik', row ? row.egenkontroll?.trim() || `Egenkontroll av ${row.process.toLowerCase()}` : undefined),
          ...present('kontroll', asked.kontroll),
          ...present(
            'syfte',
            row
              ? `Bevaka risk nr ${row.nr} i riskregistret${typeof ar === 'number' ? ` ${ar}` : ''} (${row.process}): ${row.risk}`
              : undefined,
          ),
          ...present('ar', typeof asked.genomforasSenast === 'string' ? Number(asked.genomforasSenast.slice(0, 4)) : ar),
          ...present('genomforasSenast', asked.genomforasSenast),
        };
      },
    },
    {
      // Next year's register starts from this one: the same omfattning and the risks the follow-up says remain, renumbered.
      rel: 'nasta_register',
      back: 'foregaende_register',
      processType: 'riskregister',
      noun: 'nästa års riskregister',
      asRole: 'enhetschef',
      title: 'Nästa års riskregister',
      backTitle: 'Föregående års riskregister',
      prefill(context, data) {
        const ar = (data as { ar?: unknown } | undefined)?.ar;
        const omfattning = stepValues(context, 'upprattande.submit')?.omfattning;
        const rader = stepValues(context, 'uppfoljning.submit')?.rader;
        const remaining = new Set(
          Array.isArray(rader)
            ? (rader as { nr?: unknown; status?: unknown }[]).filter((r) => r.status === 'kvarstar').map((r) => r.nr)
            : [],
        );
        const risker = registerRows(context)
          .filter((row) => remaining.has(row.nr))
          .map((row, i) => ({ ...row, nr: i + 1 }));
        return { ...present('ar', ar), ...present('omfattning', omfattning), ...(risker.length > 0 ? { risker } : {}) };
      },
    },
  ],
  nyRapport: {
    title: 'Årlig riskanalys (riskregister)',
    when:
      'För enhetschefer: en gång om året analyseras riskerna i verksamhetens kärnprocesser (till exempel läkemedelshantering och ' +
      'dokumentation). Registret godkänns av verksamhetschefen och följs upp under året.',
    role: 'enhetschef',
  },
  // The approver and the day of approval, follow-up and avslut start filled in.
  stepDefaults: {
    'riskregister-godkannande': { godkannare: me, godkantDatum: today },
    // The year's follow-up answers every risk of the register: it starts with a row per risk, its number filled in.
    'riskregister-uppfoljning': {
      uppfoljningDatum: today,
      rader: { eachOf: { step: 'upprattande.submit', path: 'risker' }, copy: { nr: 'nr' } },
    },
    'riskregister-avslut': { datum: today },
    'riskregister-nasta-ar': { ar: { sum: step('upprattande.submit', 'ar'), add: 1 } },
  },
  documents: [{ id: 'riskregister', title: 'Riskregister', linkText: 'Riskregister (utskrift)', after: 'upprattande.submit' }],
  // The skyddsombud reads the register of her units (AFS 2023:1).
  grants: [{ role: 'skyddsombud' }],
} as const satisfies ProcessPack;
