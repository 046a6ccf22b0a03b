import { useId, useState } from 'react';
import { useServices } from '../../kit/services';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';

interface ImportProps {
  title: string;
  /** The last file outcome (an export's, too), shown here. */
  status: Outcome | undefined;
  setStatus(status: Outcome): void;
  onImported(): void;
}

/** A process file imported as a new version, after the full check against the law. */
export function ImportSection({ title, status, setStatus, onImported }: ImportProps) {
  const { backend } = useServices();
  const uid = useId();
  const [note, setNote] = useState('');

  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      return setStatus({ kind: 'bad', text: 'Filen är inte giltig JSON. Ingenting har ändrats.' });
    }
    let r;
    try {
      r = await backend.importDefinition(data, note);
    } catch (e) {
      return setStatus({ kind: 'bad', text: 'Processfilen godtogs inte. Ingenting har ändrats.', details: [(e as Error).message] });
    }
    if (!r.ok)
      return setStatus({
        kind: 'bad',
        text: 'Processfilen godtogs inte. Ingenting har ändrats.',
        details: (r.violations ?? []).map((v) => v.message),
      });
    setStatus({ kind: 'ok', text: `Filen är importerad som version ${r.version}.` });
    onImported();
  };

  return (
    <section aria-labelledby={`${uid}-import`}>
      <h2 id={`${uid}-import`}>Importera en processfil</h2>
      <p className="hint">Filen kontrolleras helt mot lagkraven innan något sparas. Den blir en ny version av {title}.</p>
      <p>
        <label htmlFor={`${uid}-note`}>Ändringsnotering för importen</label>
        <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </p>
      <p>
        <label htmlFor={`${uid}-file`}>Processfil (JSON)</label>
        <input
          id={`${uid}-file`}
          type="file"
          accept="application/json,.json"
          onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
        />
      </p>
      <OutcomeMessage outcome={status} />
    </section>
  );
}
