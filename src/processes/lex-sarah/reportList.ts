import type { PackListInput, PackListRow, PackReportList } from '../../engine/model/PackHooks';
import { atgardLage } from '../../engine/reports/atgardLage';
import { asLexSarahFacts } from './facts';
import { bedomningText, IVO_LABELS } from './labels';

// On screen the rapport's day carries "(efterregistrerad)" and the verksamhet its enhet; the CSV keeps them apart.
const COLUMNS = [
  { key: 'handelseDatum', title: 'Händelsedatum', nowrap: true },
  { key: 'rapportDatum', title: 'Rapportdatum', hint: 'efterregistreradHint', nowrap: true },
  { key: 'efterregistrerad', title: 'Efterregistrerad', only: 'csv' },
  { key: 'verksamhet', title: 'Verksamhet', hint: 'enhet' },
  { key: 'enhet', title: 'Enhet', only: 'csv' },
  { key: 'kategori', title: 'Kategori' },
  { key: 'handelse', title: 'Händelse', wrap: true },
  { key: 'bedomning', title: 'Bedömning' },
  { key: 'ivo', title: 'Anmäld till IVO', only: 'screen' },
  { key: 'ivoText', title: 'Anmäld till IVO', only: 'csv' },
  { key: 'ivoSkickadDatum', title: 'Skickad till IVO', only: 'csv' },
  { key: 'atgarder', title: 'Åtgärder' },
  { key: 'status', title: 'Status', only: 'csv' },
] as const;

/**
 * The period's lex Sarah rapporter, oldest first by `datumgrund`: verksamhet, händelse (masked), bedömning (decision,
 * else SAS's proposal), anmäld till IVO and how far the åtgärder have come (overdue judged against `idag`).
 */
function build({ facts, org, idag, datumgrund, text, labels }: PackListInput): PackListRow[] {
  const enheter = new Map(org.enheter.map((e) => [e.id, e]));
  const verksamheter = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
  const rows: { row: PackListRow; key: string }[] = [];
  for (const f of facts) {
    const ls = asLexSarahFacts(f.pack);
    if (!ls || !f.reportedDate) continue;
    const enhet = enheter.get(f.enhetId);
    const handelseDatum = f.handelseDate ?? f.reportedDate;
    const ivoText = IVO_LABELS[ls.ivo];
    const anmald = ls.ivo === 'anmald';
    const cells = {
      handelseDatum,
      rapportDatum: f.reportedDate,
      efterregistreradHint: f.efterregistrerad ? 'efterregistrerad' : '',
      efterregistrerad: f.efterregistrerad ? 'Ja' : 'Nej',
      verksamhet: (enhet && verksamheter.get(enhet.verksamhetId)) ?? '',
      enhet: enhet?.namn ?? f.enhetId,
      kategori: f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : '',
      handelse: text(ls.handelse ?? f.rubrik),
      bedomning: bedomningText(ls),
      ivo: anmald && ls.ivoSkickadDatum ? `${ivoText}, ${ls.ivoSkickadDatum}` : ivoText,
      ivoText,
      ivoSkickadDatum: ls.ivoSkickadDatum ?? '',
      atgarder: atgardLage(f.atgarder, idag).text,
      status: f.status === 'closed' ? 'Avslutat' : 'Pågår',
    };
    rows.push({ row: { arendeId: f.arendeId, cells }, key: datumgrund === 'rapportdatum' ? f.reportedDate : handelseDatum });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.arendeId < b.row.arendeId ? -1 : 1));
  return rows.map((r) => r.row);
}

export const lexSarahList: PackReportList = {
  id: 'lista',
  title: 'Lex Sarah-rapporter',
  words: { one: 'rapport', many: 'rapporter', plural: 'lex Sarah-rapporter', csv: 'lex Sarah-listan' },
  columns: COLUMNS,
  build,
};
