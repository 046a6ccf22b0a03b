import type { CsvImportAnswer, CsvImportItem } from '../../api/contract';
import { changesOf, GROUPS } from './csvImportText';

interface ResultProps {
  id: string;
  answer: CsvImportAnswer;
  fileName: string | undefined;
  busy: boolean;
  onApply(): void;
}

/** What the check (or the import) found: the file's errors by row, then each kind of change, then what stays as it is. */
export function CsvImportResult({ id, answer, fileName, busy, onApply }: ResultProps) {
  const unchanged = answer.items.filter((i) => i.action === 'oforandrad');
  return (
    <section aria-labelledby={`${id}-result`}>
      <h3 id={`${id}-result`}>{answer.applied ? 'Resultat av importen' : `Resultat av kontrollen av ${fileName ?? 'filen'}`}</h3>
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
        <button type="button" disabled={busy} onClick={onApply}>
          Genomför importen
        </button>
      )}
    </section>
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
