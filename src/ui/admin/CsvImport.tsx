import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import type { CsvImportAnswer, CsvImportItem } from '../../api/contract';
import { ROLE_TITLES, ROLES } from '../../engine/index';
import { useServices } from '../../kit/services';
import { countOf } from '../../kit/format';

/** The server refuses more; checking here first spares sending a file that cannot be read. */
const MAX_BYTES = 1_048_576;
const TEMPLATE = '/mallar/organisation-import.csv';

const GROUPS: readonly [CsvImportItem['kind'], CsvImportItem['action'], string][] = [
  ['verksamhet', 'ny', 'Nya verksamheter'],
  ['enhet', 'ny', 'Nya enheter'],
  ['enhet', 'andrad', 'Ändrade enheter'],
  ['person', 'ny', 'Nya personer'],
  ['person', 'andrad', 'Ändrade personer'],
  ['roll', 'ny', 'Nya roller'],
];

const COLUMNS: readonly [string, string, string][] = [
  ['typ', 'alla', 'enhet eller person. Utan kolumnen läses varje rad som en person.'],
  ['verksamhet', 'enhet, person', 'Verksamhetens namn. För en enhet skapas verksamheten om den inte finns; för en person anger den var rollen gäller.'],
  ['enhet', 'enhet, person', 'Enhetens namn inom verksamheten. För en person anger den var rollen gäller.'],
  ['adress, postort', 'enhet', 'Besöksadress och postort.'],
  ['verksamhetsform', 'enhet', 'SoL eller LSS.'],
  ['startdatum', 'enhet', 'Den första dagen verksamheten bedrevs vid enheten (ÅÅÅÅ-MM-DD). Händelser före den kan inte rapporteras där. Tom: oförändrat.'],
  ['namn (eller förnamn och efternamn)', 'person', 'Obligatoriskt.'],
  ['befattning, telefon', 'person', 'Befattning och telefon i tjänsten.'],
  ['e-post', 'person', 'Känner igen personen vid nästa import när inloggnings-id saknas.'],
  ['inloggnings-id', 'person', 'Värdet som identifierar personen hos kommunens identitetsleverantör (HSA-id, Entra objekt-id eller e-post). Känner igen personen.'],
  ['roll', 'person', `${ROLES.map((r) => ROLE_TITLES[r]).join(', ')}. Stora eller små bokstäver går bra. En rad per roll.`],
  ['nivå', 'person', 'enhet, verksamhet eller förvaltning. Tom: enheten om den är ifylld, annars verksamheten.'],
];

const changesOf = (a: CsvImportAnswer) => a.items.filter((i) => i.action !== 'oforandrad').length;

/** One sentence for the live region: what the check or the import found, and whether anything is stored. */
function statusOf(a: CsvImportAnswer): string {
  const rows = countOf(a.rows, 'rad', 'rader');
  if (a.applied) return `Importen är genomförd: ${countOf(changesOf(a), 'ändring', 'ändringar')} sparade från ${rows}.`;
  if (a.errors.length > 0) return `Filen har ${countOf(a.errors.length, 'fel', 'fel')}. Inget är sparat; rätta filen och kontrollera den igen.`;
  if (changesOf(a) === 0) return `Kontrollen är klar: ${rows}, inga fel. Filen ändrar ingenting i organisationen.`;
  return `Kontrollen är klar: ${rows}, inga fel, ${countOf(changesOf(a), 'ändring', 'ändringar')}. Inget är sparat ännu.`;
}

/**
 * The administratör's import of enheter and people from a CSV file: the server checks the whole file
 * first (a dry run that stores nothing); only a file without errors can then be imported, all of it at once.
 */
export function CsvImport({ onApplied }: { onApplied: () => void }) {
  const { backend } = useServices();
  const id = useId();
  const [file, setFile] = useState<{ name: string; text: string }>();
  const [answer, setAnswer] = useState<CsvImportAnswer>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.currentTarget.files?.[0];
    setFile(undefined);
    setAnswer(undefined);
    setProblem(undefined);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setProblem(`Filen ${chosen.name} är större än 1 MB. Dela upp den i flera filer (till exempel en per verksamhet) och importera dem en i taget.`);
    try {
      // Fatal: a file saved as Windows-1252 would otherwise arrive with å, ä and ö replaced.
      setFile({ name: chosen.name, text: new TextDecoder('utf-8', { fatal: true }).decode(await chosen.arrayBuffer()) });
    } catch {
      setProblem(`Filen ${chosen.name} är inte sparad som UTF-8, så å, ä och ö kan inte läsas. Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och välj den igen.`);
    }
  };

  const send = async (apply: boolean) => {
    if (!file) return setProblem('Välj en CSV-fil först.');
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await backend.importOrganisationCsv(file.text, apply);
      setAnswer(result);
      if (result.applied) onApplied();
    } catch (err) {
      setAnswer(undefined);
      setProblem((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const check = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    void send(false);
  };

  const unchanged = answer?.items.filter((i) => i.action === 'oforandrad') ?? [];
  return (
    <>
      <p>
        Lägg till eller uppdatera enheter och personer med roller från en CSV-fil, till exempel en export från HR-systemet. Första raden är rubriker; varje rad
        därefter är en enhet eller en person med en roll. Servern kontrollerar först hela filen och visar vad som skulle hända. Inget sparas förrän du väljer
        Genomför importen, och då sparas allt eller ingenting.
      </p>
      <p>
        En tom cell ändrar ingenting. Importen tar aldrig bort en enhet, en person eller en roll; roller avslutas under Personer och roller. Samma fil kan
        importeras igen utan att något ändras. Högst 1 MB och 5 000 rader per fil.
      </p>
      <p>
        <a href={TEMPLATE} download="organisation-mall.csv">
          Ladda ned en mall (CSV med semikolon, öppnas i Excel)
        </a>
      </p>
      <details>
        <summary>Kolumnerna i filen</summary>
        <table>
          <caption>Kolumner som importen läser (övriga hoppas över)</caption>
          <thead>
            <tr>
              <th scope="col">Kolumn</th>
              <th scope="col">Rad av typen</th>
              <th scope="col">Innehåll</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([name, typ, text]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{typ}</td>
                <td>{text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <form className="admin-form" onSubmit={check}>
        <div className="admin-field">
          <label htmlFor={id}>CSV-fil</label>
          <input id={id} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e)} aria-describedby={`${id}-hint`} />
          <span id={`${id}-hint`} className="hint">
            UTF-8, med semikolon eller komma mellan kolumnerna.
          </span>
        </div>
        <button type="submit" disabled={busy}>
          Kontrollera filen
        </button>
      </form>
      <div aria-live="polite">{answer && <p className={answer.errors.length > 0 ? undefined : 'success'}>{statusOf(answer)}</p>}</div>
      {problem && (
        <p role="alert" className="error-summary">
          {problem}
        </p>
      )}
      {answer && (
        <section aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`}>{answer.applied ? 'Resultat av importen' : `Resultat av kontrollen av ${file?.name ?? 'filen'}`}</h3>
          {answer.errors.length > 0 && (
            <table className="error-summary">
              <caption>Fel i filen ({answer.errors.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Rad</th>
                  <th scope="col">Vad som är fel</th>
                </tr>
              </thead>
              <tbody>
                {answer.errors.map((e, i) => (
                  <tr key={i}>
                    <td>{e.row}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {answer.ignoredColumns.length > 0 && <p className="hint">Kolumner som inte läses: {answer.ignoredColumns.join(', ')}.</p>}
          {GROUPS.map(([kind, action, title]) => {
            const list = answer.items.filter((i) => i.kind === kind && i.action === action);
            return list.length === 0 ? null : <ItemList key={`${kind}-${action}`} title={`${title} (${list.length})`} items={list} />;
          })}
          {unchanged.length > 0 && <ItemList title={`Finns redan, ingen ändring (${unchanged.length})`} items={unchanged} />}
          {!answer.applied && answer.errors.length === 0 && changesOf(answer) > 0 && (
            <button type="button" disabled={busy} onClick={() => void send(true)}>
              Genomför importen
            </button>
          )}
        </section>
      )}
    </>
  );
}

function ItemList({ title, items }: { title: string; items: readonly CsvImportItem[] }) {
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((i, n) => (
          <li key={n}>
            Rad {i.row}: {i.text}
          </li>
        ))}
      </ul>
    </>
  );
}
