import { useId, useMemo, useState } from 'react';
import type { ProcessRow } from '../../api/contract';
import { buildStateGraph } from '../../engine/index';
import { arendeNumber } from '../../kit/labels';
import { useServices } from '../../kit/services';
import { MigrationTable } from './MigrationTable';
import { migrateRows } from './migrateRows';
import type { MigrationOutcome } from './migrateRows';
import { StepMapping } from './StepMapping';
import { StuckList } from './StuckList';
import { useRunning } from './useRunning';

/**
 * Moves open ärenden on older versions to the newest one, one or many at a time. The owner maps
 * steps; the engine proves each move and refuses, with the reason, what would skip or lose a step.
 */
export function MigrationPanel({ id, target, onMoved }: { id: string; target: number; onMoved(): void }) {
  const { backend } = useServices();
  const uid = useId();
  const [tick, setTick] = useState(0);
  const rows = useRunning(id, target, tick);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [outcomes, setOutcomes] = useState<MigrationOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const newGraph = useMemo(() => buildStateGraph(backend.registry.get(id, target)!.definition.machine), [backend, id, target]);

  const selected = (rows ?? []).filter((r) => chosen.has(r.arendeId));
  // A stuck ärende's proved rescue: its mapping, and that ärende alone chosen for the trial and the move.
  const useProposal = (row: ProcessRow) => {
    setMapping({ ...row.stuck!.proposal!.mapping });
    setChosen(new Set([row.arendeId]));
    setOutcomes([]);
  };

  const run = async (commit: boolean) => {
    setBusy(true);
    const results = await migrateRows(backend, { rows: selected, target, mapping, note, commit, newGraph });
    setOutcomes(results);
    setBusy(false);
    if (commit) {
      setChosen(new Set(results.filter((o) => !o.ok).map((o) => o.arendeId))); // refused ones stay chosen for another try
      setTick((t) => t + 1);
      onMoved();
    }
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="migration">
      <h2 id={`${uid}-h`}>Flytta öppna ärenden till version {target}</h2>
      <p className="hint">
        Flytten är frivillig. Motorn prövar varje ärende: inget obligatoriskt steg som redan är gjort får gå förlorat och inget som återstår
        får hoppas över. Ett parallellt spår som inget steg flyttas till börjar där du väljer, annars vid sitt första steg. Flytten skrivs
        in i ärendets historik.
      </p>
      {!rows ? (
        <p aria-live="polite">Läser in ärenden …</p>
      ) : rows.length === 0 ? (
        <p>Inga öppna ärenden följer en äldre version.</p>
      ) : (
        <>
          <StuckList rows={rows} use={useProposal} />
          <MigrationTable rows={rows} chosen={chosen} setChosen={setChosen} />
          <StepMapping uid={uid} target={target} rows={selected} newGraph={newGraph} mapping={mapping} setMapping={setMapping} />
          <p>
            <label htmlFor={`${uid}-note`}>Anteckning om flytten</label>
            <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          </p>
          <p className="actions">
            <button type="button" disabled={busy || selected.length === 0} onClick={() => void run(false)}>
              Pröva flytten
            </button>
            <button type="button" className="primary" disabled={busy || selected.length === 0} onClick={() => void run(true)}>
              Flytta {selected.length} {selected.length === 1 ? 'ärende' : 'ärenden'}
            </button>
          </p>
        </>
      )}
      {outcomes.length > 0 && (
        <ul className="migration-results" aria-live="polite">
          {outcomes.map((o) => (
            <li key={o.arendeId} className={o.ok ? 'success' : 'rejection'}>
              Ärende {arendeNumber(o.arendeId)}: {o.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
