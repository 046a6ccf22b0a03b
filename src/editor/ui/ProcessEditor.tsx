import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { buildStateGraph, diffDefinitions } from '../../engine/index';
import type { FormSpec, ProcessDefinition } from '../../engine/index';
import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { describeEdit } from '../commands/EditCommand';
import type { EditCommand } from '../commands/EditCommand';
import { edit, redo, startHistory, undo } from '../commands/editHistory';
import type { EditHistory } from '../commands/editHistory';
import { titleOfPath } from './graphText';
import { Outline } from './Outline';
import { StepPanel } from './StepPanel';
import { ViolationList } from './ViolationList';

const GraphView = lazy(() => import('../graph/GraphView'));
const draftKey = (id: string) => `editor:${id}`;

/** The editor of one process: outline, graph, step panel, live verification, undo/redo and publishing. */
export function ProcessEditor({ id }: { id: string }) {
  const { backend, drafts } = useServices();
  const versions = backend.registry.versions(id);
  const latest = versions[versions.length - 1]?.definition;
  const [history, setHistory] = useState<EditHistory | undefined>();
  const [restored, setRestored] = useState(false);
  const [selected, setSelected] = useState<string>();
  const [shown, setShown] = useState<number>();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'bad'; text: string; details?: string[] }>();
  const [announcement, setAnnouncement] = useState('');

  // An unpublished draft survives a reload: it is kept with the other drafts in IndexedDB.
  useEffect(() => {
    if (!latest) return;
    let alive = true;
    drafts.load(draftKey(id)).then(
      (saved) => {
        if (!alive) return;
        const draft = saved as { base?: number; definition?: ProcessDefinition } | undefined;
        if (draft?.definition && draft.base === latest.version) {
          setHistory(startHistory(draft.definition));
          setRestored(true);
        } else setHistory(startHistory(latest));
      },
      () => alive && setHistory(startHistory(latest)),
    );
    return () => {
      alive = false;
    };
  }, [id, latest, drafts]);

  const present = history?.present;
  const deferred = useDeferredValue(present);
  const graph = useMemo(() => (present ? buildStateGraph(present.machine) : undefined), [present]);
  const verdict = useMemo(() => (deferred ? backend.verifyDraft(deferred) : undefined), [deferred, backend]);
  const checking = deferred !== present;
  const violations = verdict?.violations ?? [];
  const forms = useMemo<Record<string, FormSpec>>(() => ({ ...backend.registry.catalog.forms, ...(present?.forms ?? {}) }), [present, backend]);
  const changes = useMemo(() => (latest && present ? diffDefinitions(latest, present, { ...backend.registry.catalog, forms }) : []), [latest, present, forms, backend]);

  if (!latest) return <p className="rejection">Processen "{id}" finns inte.</p>;
  if (!history || !present || !graph) return <p aria-live="polite">Läser in utkastet …</p>;

  const titleOf = (p: string) => titleOfPath(graph, p);
  const save = (h: EditHistory) => {
    setHistory(h);
    setOutcome(undefined);
    void drafts.save(draftKey(id), { base: latest.version, definition: h.present });
  };
  const dispatch = (cmd: EditCommand): string | undefined => {
    const r = edit(history, cmd);
    if (r.refused) return r.refused;
    save(r.history);
    setAnnouncement(`Ändrat: ${describeEdit(cmd, titleOf)}.`);
    return undefined;
  };
  const lastDone = history.past[history.past.length - 1];
  const nextRedo = history.future[0];
  const highlight = shown !== undefined && violations[shown] ? highlightOf(violations[shown]!) : { states: [], transitions: [] };

  const publish = async () => {
    let r;
    try {
      r = await backend.publish(present, note);
    } catch (e) {
      return setOutcome({ kind: 'bad', text: 'Versionen publicerades inte.', details: [(e as Error).message] });
    }
    const published = r.ok && r.version !== undefined ? backend.registry.get(id, r.version)?.definition : undefined;
    if (!r.ok || !published) return setOutcome({ kind: 'bad', text: 'Versionen publicerades inte.', details: (r.violations ?? []).map((v) => v.message) });
    await drafts.clear(draftKey(id));
    setOutcome({ kind: 'ok', text: `Version ${published.version} av ${published.title} är publicerad. Nya ärenden följer den; pågående ärenden fortsätter på sin version.` });
    setNote('');
    setHistory(startHistory(published));
    setRestored(false);
  };

  return (
    <>
      <h1>Redigera {latest.title}</h1>
      <p className="hint">
        Utkast till version {latest.version + 1}, utgår från version {latest.version}. <a href={href({ page: 'processer', id, vy: 'versioner' })}>Versioner och flytt av ärenden</a>
      </p>
      {restored && (
        <p className="notice">
          Ett sparat utkast öppnades.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              void drafts.clear(draftKey(id));
              setHistory(startHistory(latest));
              setRestored(false);
            }}
          >
            Börja om från version {latest.version}
          </button>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="editor-toolbar" role="toolbar" aria-label="Ångra och gör om">
        <button type="button" disabled={!lastDone} onClick={() => save(undo(history))}>
          {lastDone ? `Ångra: ${describeEdit(lastDone.command, titleOf)}` : 'Ångra'}
        </button>
        <button type="button" disabled={!nextRedo} onClick={() => save(redo(history))}>
          {nextRedo ? `Gör om: ${describeEdit(nextRedo.command, titleOf)}` : 'Gör om'}
        </button>
      </div>
      <ViolationList
        violations={violations}
        checking={checking}
        shown={shown}
        onShow={(i) => {
          setShown(i);
          // Select where the law is broken: the step of the path's last move, else the states named.
          const v = violations[i]!;
          const lastMove = v.path?.[v.path.length - 1]?.transitions.map((t) => t.split(' → ')[0]!) ?? [];
          const first = [...lastMove, ...(v.states ?? []), ...highlightOf(v).states].find((s) => graph.nodes.get(s)?.meta?.form);
          if (first) setSelected(first);
        }}
      />
      <div className="editor-grid">
        <div className="editor-outline">
          <h2>Disposition</h2>
          <Outline graph={graph} selected={selected} highlighted={new Set(highlight.states)} onSelect={setSelected} />
        </div>
        <div className="editor-graph">
          <h2>Graf</h2>
          <Suspense fallback={<p aria-live="polite">Ritar grafen …</p>}>
            <GraphView graph={graph} selected={selected} highlight={highlight} onSelect={setSelected} />
          </Suspense>
        </div>
      </div>
      {selected && graph.nodes.has(selected) && (
        <StepPanel definition={present} graph={graph} path={selected} forms={forms} nextVersion={latest.version + 1} dispatch={dispatch} />
      )}
      <section aria-labelledby="andringar-rubrik" className="changes">
        <h2 id="andringar-rubrik">Ändringar jämfört med version {latest.version}</h2>
        {changes.length === 0 ? (
          <p>Inga ändringar ännu.</p>
        ) : (
          <ul>
            {changes.map((c, i) => (
              <li key={i}>{c.text}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="publicera-rubrik" className="publish">
        <h2 id="publicera-rubrik">Publicera version {latest.version + 1}</h2>
        <p>
          <label htmlFor="andringsnotering">Ändringsnotering (vad ändrades och varför)</label>
          <textarea id="andringsnotering" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </p>
        <button type="button" className="primary" disabled={violations.length > 0 || checking || changes.length === 0} aria-describedby="publicera-villkor" onClick={() => void publish()}>
          Publicera version {latest.version + 1}
        </button>
        <p id="publicera-villkor" className="hint">
          {violations.length > 0
            ? 'Publicera är inte möjligt så länge kontrollen mot lagkraven visar fel.'
            : changes.length === 0
              ? 'Gör en ändring först.'
              : 'Den publicerade versionen kan inte ändras i efterhand.'}
        </p>
        {outcome && (
          <div role={outcome.kind === 'bad' ? 'alert' : 'status'} className={outcome.kind === 'bad' ? 'rejection' : 'success'}>
            <p>{outcome.text}</p>
            {outcome.details && (
              <ul>
                {outcome.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
    </>
  );
}

function highlightOf(v: { states?: string[]; path?: { transitions: string[]; states: string[] }[] }): { states: string[]; transitions: string[] } {
  const transitions = v.path?.flatMap((s) => s.transitions) ?? [];
  const states = [...new Set([...(v.states ?? []), ...transitions.flatMap((t) => t.split(' → '))])];
  return { states, transitions };
}
