import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import type { CsvImportAnswer } from '../../api/contract';
import { useServices } from '../../kit/services';
import { CsvImportHelp } from './CsvImportHelp';
import { CsvImportResult } from './CsvImportResult';
import { statusOf } from './csvImportText';
import { readCsvFile } from './readCsvFile';

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
    const read = await readCsvFile(chosen);
    if ('file' in read) setFile(read.file);
    else setProblem(read.problem);
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

  return (
    <>
      <CsvImportHelp />
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
      {answer && <CsvImportResult id={id} answer={answer} fileName={file?.name} busy={busy} onApply={() => void send(true)} />}
    </>
  );
}
