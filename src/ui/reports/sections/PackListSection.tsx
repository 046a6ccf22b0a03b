import type { Figure, Kvalitetsberattelse, PackList } from '../../../engine/index';
import { arendeNumber } from '../../../kit/labels';
import { href } from '../../../kit/router';
import { CsvButton } from '../CsvButton';
import type { FigureColumn } from '../FigureTable';
import { FigureTable } from '../FigureTable';
import { FigureLink } from '../FigureLink';

const NONE: Figure = { count: 0, arendeIds: [] };
type Section = Kvalitetsberattelse['processer'][number];
type Row = PackList['rows'][number];
type Words = PackList['words'];
const ARENDEN: Words = { one: 'ärende', many: 'ärenden', plural: 'ärenden', csv: 'listan' };

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "N rapporter, varav M anmälda till IVO" per period: the figures a nämnd reads, each leading to its ärenden. */
function VaravLines({ report, section, words }: { report: Kvalitetsberattelse; section: Section; words: Words }) {
  return (section.trendColumns ?? []).map((c) => (
    <div key={c.key}>
      <ul className="namnd-figures">
        {report.trend.map((row) => {
          const all = row.antal[section.processType] ?? NONE;
          const varav = row.varav[c.key] ?? NONE;
          return (
            <li key={row.period.label}>
              <strong>{row.period.label}:</strong> <FigureLink figure={all} what={`${section.label}, ${row.period.label}`} />{' '}
              {all.count === 1 ? words.one : words.many}, varav{' '}
              <FigureLink figure={varav} what={`${section.label} ${c.varav.many}, ${row.period.label}`} />{' '}
              {varav.count === 1 ? c.varav.one : c.varav.many}
            </li>
          );
        })}
      </ul>
      <CsvButton report={report} id={c.key} title={`antal ${lower(section.label)} och ${lower(c.title.replace(/^Varav /, ''))}`} />
    </div>
  ));
}

/** The list's screen columns (a hint cell after its own, in parentheses); the link to the ärende only on screen. */
function columns(list: PackList, print: boolean): FigureColumn<Row>[] {
  const shown: FigureColumn<Row>[] = list.columns
    .filter((c) => c.only !== 'csv')
    .map((c) => ({
      title: c.title,
      ...(c.wrap ? { className: 'handelse-text' } : c.nowrap ? { className: 'nowrap' } : {}),
      cell: (x: Row) => {
        const hint = c.hint ? x.cells[c.hint] : undefined;
        return hint ? (
          <>
            {x.cells[c.key]}
            <span className="hint"> ({hint})</span>
          </>
        ) : (
          x.cells[c.key]
        );
      },
    }));
  const link: FigureColumn<Row> = {
    title: 'Ärende',
    cell: (x) => <a href={href({ page: 'arende', id: x.arendeId })}>{arendeNumber(x.arendeId)}</a>,
  };
  return print ? shown : [...shown, link];
}

/** One pack list: the rows the role may read, and how many more the figures count ("N av M visas"). */
function ListTable({ report, list, print }: { report: Kvalitetsberattelse; list: PackList; print: boolean }) {
  const hidden = list.total - list.rows.length;
  const { one, many, plural, csv } = list.words;
  return (
    <>
      {hidden > 0 && (
        <p className="hint">
          {hidden} {hidden === 1 ? one : many} i enheter som din roll inte omfattar räknas i siffrorna men visas inte i listan.
        </p>
      )}
      {list.rows.length === 0 ? (
        <p>{list.total === 0 ? `Inga ${plural} under perioden.` : `Inga ${plural} som du har behörighet att se.`}</p>
      ) : (
        <FigureTable
          caption={`${list.title}, ${report.period.label}`}
          rows={list.rows}
          rowKey={(x) => x.arendeId}
          columns={columns(list, print)}
        />
      )}
      <CsvButton report={report} id={list.id} title={csv} />
    </>
  );
}

/** A pack's lists and trend lines (lex Sarah: the figures per period, then the rapporter with bedömning and IVO). */
export function PackListSection({ report, section, print }: { report: Kvalitetsberattelse; section: Section; print: boolean }) {
  const lists = section.lists ?? [];
  const id = `${section.processType}-listor-h`;
  return (
    <section aria-labelledby={id} className="report-section">
      <h2 id={id}>{section.label}</h2>
      <VaravLines report={report} section={section} words={lists[0]?.words ?? ARENDEN} />
      {lists.map((l) => (
        <ListTable key={l.id} report={report} list={l} print={print} />
      ))}
    </section>
  );
}
