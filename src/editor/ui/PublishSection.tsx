import { useState } from 'react';
import { OutcomeMessage } from './OutcomeMessage';
import type { Outcome } from './OutcomeMessage';

interface PublishProps {
  nextVersion: number;
  violations: number;
  checking: boolean;
  changes: number;
  outcome: Outcome | undefined;
  /** Publishes with the change note; true when the version was published. */
  onPublish(note: string): Promise<boolean>;
}

/** Publishing the draft as the next version, with a change note; impossible while the verifier finds a violation. */
export function PublishSection({ nextVersion, violations, checking, changes, outcome, onPublish }: PublishProps) {
  const [note, setNote] = useState('');
  return (
    <section aria-labelledby="publicera-rubrik" className="publish">
      <h2 id="publicera-rubrik">Publicera version {nextVersion}</h2>
      <p>
        <label htmlFor="andringsnotering">Ändringsnotering (vad ändrades och varför)</label>
        <textarea id="andringsnotering" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </p>
      <button
        type="button"
        className="primary"
        disabled={violations > 0 || checking || changes === 0}
        aria-describedby="publicera-villkor"
        onClick={() => void onPublish(note).then((published) => published && setNote(''))}
      >
        Publicera version {nextVersion}
      </button>
      <p id="publicera-villkor" className="hint">
        {violations > 0
          ? 'Publicera är inte möjligt så länge kontrollen mot lagkraven visar fel.'
          : changes === 0
            ? 'Gör en ändring först.'
            : 'Den publicerade versionen kan inte ändras i efterhand.'}
      </p>
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
