import { useId, useMemo, useState } from 'react';
import type { ProcessRow } from '../../api/contract';
import { buildStateGraph } from '../../engine/index';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { formatDate } from '../../kit/format';
import { arendeNumber, enhetName } from '../../kit/labels';
import { titleOfPath } from './graphText';

interface Outcome {
  arendeId: string;
  ok: boolean;
  text: string;
}

/**
 * Moves open ärenden on older versions to the newest one, one or many at a time. The owner maps
 * steps; the engine proves each move and refuses, with the reason, what would skip or lose a step.
 */
export function MigrationPanel({ id, target, onMoved }: { id: string; target: number; onMoved(): void }) {
  const { backend, org } = useServices();
  const uid = useId();
  const [tick, setTick] = useState(0);
  const { data: rows } = useLoad(async () => {
    // Every open ärende on an older version, without its content (page by page: a list can be long).
    const all: ProcessRow[] = [];
    let after: string | undefined;
    do {
      const page = await backend.running(id, { belowVersion: target, limit: 500, ...(after ? { after } : {}) });
      all.push(...page.rows);
      after = page.next;
    } while (after);
    return all;
  }, [backend, id, target, tick]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [busy, setBusy] = useState(false);
  const newGraph = useMemo(() => buildStateGraph(backend.registry.get(id, target)!.definition.machine), [backend, id, target]);
  const steps = newGraph.order.filter((p) => newGraph.nodes.get(p)!.meta?.form);

  const selected = (rows ?? []).filter((r) => chosen.has(r.arendeId));
  const paths = [...new Map(selected.flatMap((r) => r.activeSteps.map((s) => [s.path, s.title] as const))).entries()];

  const run = async (commit: boolean) => {
    setBusy(true);
    const results: Outcome[] = [];
    for (const r of selected) {
      const map = Object.fromEntries(Object.entries(mapping).filter(([from, to]) => to && r.activeSteps.some((s) => s.path === from)));
      if (commit) {
        const m = await backend.migrate(r.arendeId, target, map, note);
        results.push({ arendeId: r.arendeId, ok: m.ok, text: m.ok ? `Flyttat till version ${target}.` : m.rejection.message });
      } else {
        const p = await backend.planMigration(r.arendeId, target, map);
        results.push({ arendeId: r.arendeId, ok: p.ok, text: p.ok ? `Kan flyttas till version ${target}.` : `Kan inte flyttas: ${p.reasons.join(' ')}` });
      }
    }
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
        Flytten är frivillig. Motorn prövar varje ärende: inget obligatoriskt steg som redan är gjort får gå förlorat och inget som återstår får hoppas över. Flytten
        skrivs in i ärendets historik.
      </p>
      {!rows ? (
        <p aria-live="polite">Läser in ärenden …</p>
      ) : rows.length === 0 ? (
        <p>Inga öppna ärenden följer en äldre version.</p>
      ) : (
        <>
          <table className="migration-table">
            <caption>Öppna ärenden på äldre versioner</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Markera alla ärenden"
                    checked={chosen.size === rows.length}
                    onChange={(e) => setChosen(new Set(e.target.checked ? rows.map((r) => r.arendeId) : []))}
                  />
                </th>
                <th scope="col">Ärende</th>
                <th scope="col">Version</th>
                <th scope="col">Enhet</th>
                <th scope="col">Aktuellt steg</th>
                <th scope="col">Startat</th>
                <th scope="col">Senast ändrat</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.arendeId}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Markera ärende ${arendeNumber(r.arendeId)}`}
                      checked={chosen.has(r.arendeId)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(r.arendeId);
                        else next.delete(r.arendeId);
                        setChosen(next);
                      }}
                    />
                  </td>
                  {/* A number, not a link: the processägare moves ärenden without reading them. */}
                  <th scope="row">{arendeNumber(r.arendeId)}</th>
                  <td>{r.definitionVersion}</td>
                  <td>{enhetName(org, r.enhetId)}</td>
                  <td>{r.activeSteps.map((s) => s.title).join(', ') || '–'}</td>
                  <td>{formatDate(r.openedAt)}</td>
                  <td>{formatDate(r.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {paths.length > 0 && (
            <fieldset className="mapping">
              <legend>Var ska ärendena fortsätta i version {target}?</legend>
              {paths.map(([path, title]) => (
                <p key={path}>
                  <label htmlFor={`${uid}-${path}`}>Från "{title}"</label>
                  <select id={`${uid}-${path}`} value={mapping[path] ?? ''} onChange={(e) => setMapping({ ...mapping, [path]: e.target.value })}>
                    <option value="">{newGraph.nodes.has(path) ? `Samma steg (${titleOfPath(newGraph, path)})` : 'Välj steg'}</option>
                    {steps.map((p) => (
                      <option key={p} value={p}>
                        {titleOfPath(newGraph, p)}
                      </option>
                    ))}
                  </select>
                </p>
              ))}
            </fieldset>
          )}
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
