import type { Organisation } from '../model/Organisation';
import type { ArendeFacts, AtgardFacts, BedomningKalla, IvoStatus } from '../model/ArendeFacts';
import type { Datumgrund } from './Datumgrund';
import { bedomningText, IVO_LABELS } from './labels';
import type { ReportText } from './reportText';

/** How far an ärende's åtgärder have come; `forsenade` are planned ones past their klart-datum. */
export interface AtgardLage {
  beslutade: number;
  genomforda: number;
  verifierade: number;
  forsenade: number;
  atertagna: number;
  /** Swedish summary, e.g. "2 av 3 verifierade, 1 försenad" or "Inga åtgärder". */
  text: string;
}

/** One row of the lex Sarah list in the kvalitetsberättelse. No names, ids of people or free text. */
export interface LexSarahRow {
  arendeId: string;
  /** Europe/Stockholm date of the händelse (the rapport date when the rapport has none). */
  handelseDatum: string;
  rapportDatum: string;
  verksamhet: string;
  enhet: string;
  /** The rapport's händelse in full (else the rubrik) on one line, personnummer and known names masked (see `reportText`). */
  handelse: string;
  /** The rapport's händelsekategori as the form labels it; empty for rapporter from before it existed. */
  kategori: string;
  /** Registered after the fact: `rapportDatum` is when the rapport was really given. */
  efterregistrerad: boolean;
  klassificering: string | undefined;
  allvarligt: boolean | undefined;
  bedomningKalla: BedomningKalla;
  bedomning: string;
  anmaldTillIvo: boolean;
  ivoStatus: IvoStatus;
  ivoText: string;
  ivoSkickadDatum: string | undefined;
  atgarder: AtgardLage;
  status: 'open' | 'closed';
}

/** Counts an ärende's åtgärder; overdue means still planned and klart-datum before `today`. */
export function atgardLage(atgarder: readonly AtgardFacts[], today: string): AtgardLage {
  let beslutade = 0;
  let genomforda = 0;
  let verifierade = 0;
  let forsenade = 0;
  let atertagna = 0;
  for (const a of atgarder) {
    if (a.status === 'atertagen') {
      atertagna++;
      continue;
    }
    beslutade++;
    if (a.status === 'genomford' || a.status === 'verifierad') genomforda++;
    if (a.status === 'verifierad') verifierade++;
    if (a.status === 'planerad' && a.klartDatum !== '' && a.klartDatum < today) forsenade++;
  }
  let text = beslutade === 0 ? 'Inga åtgärder' : `${verifierade} av ${beslutade} verifierade`;
  const unverified = genomforda - verifierade;
  if (unverified > 0) text += `, ${unverified} ${unverified === 1 ? 'genomförd' : 'genomförda'} utan verifiering`;
  if (forsenade > 0) text += `, ${forsenade} ${forsenade === 1 ? 'försenad' : 'försenade'}`;
  return { beslutade, genomforda, verifierade, forsenade, atertagna, text };
}

/**
 * The lex Sarah rapporter among the selected ärenden, oldest first by `datumgrund`: verksamhet,
 * händelse, bedömning (decision, else SAS's proposal), anmäld till IVO and state of the åtgärder.
 * `today` is the Europe/Stockholm date of `now` (see `stockholmDate`).
 */
export function lexSarahList(
  selected: readonly ArendeFacts[],
  org: Organisation,
  today: string,
  datumgrund: Datumgrund,
  text: ReportText,
  labels: Readonly<Record<string, string>> = {},
): LexSarahRow[] {
  const enheter = new Map(org.enheter.map((e) => [e.id, e]));
  const verksamheter = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
  const rows: LexSarahRow[] = [];
  for (const f of selected) {
    if (f.processType !== 'lex-sarah' || !f.lexSarah || !f.reportedDate) continue;
    const enhet = enheter.get(f.enhetId);
    const ls = f.lexSarah;
    rows.push({
      arendeId: f.arendeId,
      handelseDatum: f.handelseDate ?? f.reportedDate,
      rapportDatum: f.reportedDate,
      verksamhet: (enhet && verksamheter.get(enhet.verksamhetId)) ?? '',
      enhet: enhet?.namn ?? f.enhetId,
      handelse: text(ls.handelse ?? f.rubrik),
      kategori: f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : '',
      efterregistrerad: f.efterregistrerad === true,
      klassificering: ls.klassificering,
      allvarligt: ls.allvarligt,
      bedomningKalla: ls.kalla,
      bedomning: bedomningText(ls),
      anmaldTillIvo: ls.ivo === 'anmald',
      ivoStatus: ls.ivo,
      ivoText: IVO_LABELS[ls.ivo],
      ivoSkickadDatum: ls.ivoSkickadDatum,
      atgarder: atgardLage(f.atgarder, today),
      status: f.status,
    });
  }
  const key = datumgrund === 'rapportdatum' ? 'rapportDatum' : 'handelseDatum';
  return rows.sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.arendeId < b.arendeId ? -1 : 1));
}
