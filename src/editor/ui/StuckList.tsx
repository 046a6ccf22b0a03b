import type { ProcessRow } from '../../api/contract';
import { formatDate } from '../../kit/format';
import { arendeNumber } from '../../kit/labels';

interface StuckListProps {
  rows: readonly ProcessRow[];
  /** Fills the mapping with the proposal and chooses this ärende alone, for "Pröva flytten" and "Flytta". */
  use(row: ProcessRow): void;
}

/** Open ärenden no one can act on, first in the panel: content-free, each with the rescue the engine has proved, or why none. */
export function StuckList({ rows, use }: StuckListProps) {
  const stuck = rows.filter((r) => r.stuck);
  if (stuck.length === 0) return null;
  return (
    <table className="stuck-table">
      <caption>Ärenden som har fastnat</caption>
      <thead>
        <tr>
          <th scope="col">Ärende</th>
          <th scope="col">Version</th>
          <th scope="col">Steg</th>
          <th scope="col">Har fastnat sedan</th>
          <th scope="col">Förslag</th>
        </tr>
      </thead>
      <tbody>
        {stuck.map((r) => (
          <tr key={r.arendeId}>
            <th scope="row">{arendeNumber(r.arendeId)}</th>
            <td>{r.definitionVersion}</td>
            <td>{r.activeSteps.map((s) => s.title).join(', ') || '–'}</td>
            <td>{formatDate(r.stuck!.since)}</td>
            <td>
              {r.stuck!.proposal ? (
                <>
                  {r.stuck!.proposal.text}{' '}
                  <button type="button" onClick={() => use(r)} aria-label={`Använd förslaget för ärende ${arendeNumber(r.arendeId)}`}>
                    Använd förslaget
                  </button>
                </>
              ) : (
                <>Inget förslag går att bevisa: {(r.stuck!.why ?? []).join(' ')}</>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
