import { useState } from 'react';
import { useServices } from '../../kit/services';
import { describeEdit } from '../commands/EditCommand';
import type { EditCommand } from '../commands/EditCommand';
import { editAll } from '../commands/editHistory';
import type { EditHistory } from '../commands/editHistory';
import { ChangesSection } from './ChangesSection';
import { DraftViews } from './DraftViews';
import { EditorIntro } from './EditorIntro';
import { EditToolbar } from './EditToolbar';
import { titleOfPath } from './graphText';
import { publishDraft } from './publishDraft';
import { PublicIntroSection } from './PublicIntroSection';
import { PublishSection } from './PublishSection';
import type { Outcome } from './OutcomeMessage';
import { StepPanel } from './StepPanel';
import { useDraftCheck } from './useDraftCheck';
import { useEditorDraft } from './useEditorDraft';
import { highlightOf, stepOfViolation } from './violationPlace';
import { ViolationList } from './ViolationList';

/** The editor of one process: outline, graph, step panel, live verification, undo/redo and publishing. */
export function ProcessEditor({ id }: { id: string }) {
  const { backend } = useServices();
  const versions = backend.registry.versions(id);
  const latest = versions[versions.length - 1]?.definition;
  const draft = useEditorDraft(id, latest);
  const [selected, setSelected] = useState<string>();
  const [shown, setShown] = useState<number>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [announcement, setAnnouncement] = useState('');

  const { history } = draft;
  const present = history?.present;
  const { graph, forms, changes, violations, checking } = useDraftCheck(latest, present);

  if (!latest) return <p className="rejection">Processen "{id}" finns inte.</p>;
  if (!history || !present || !graph) return <p aria-live="polite">Läser in utkastet …</p>;
  const titleOf = (p: string) => titleOfPath(graph, p);
  const save = (h: EditHistory) => {
    draft.save(h);
    setOutcome(undefined);
  };
  // Edits saved together build on each other: each applied to the draft the one before left.
  const dispatch = (cmds: readonly EditCommand[]): string | undefined => {
    const r = editAll(history, cmds);
    if (r.refused) return r.refused;
    save(r.history);
    setAnnouncement(`Ändrat: ${cmds.map((c) => describeEdit(c, titleOf)).join('; ')}.`);
    return undefined;
  };
  const highlight = shown !== undefined && violations[shown] ? highlightOf(violations[shown]!) : { states: [], transitions: [] };
  const publish = async (note: string) => {
    const r = await publishDraft(backend, id, present, note);
    if (r.published) await draft.restart(r.published);
    setOutcome(r.outcome);
    return r.published !== undefined;
  };

  return (
    <>
      <EditorIntro id={id} latest={latest} restored={draft.restored} onRestart={() => void draft.restart(latest)} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <EditToolbar history={history} save={save} titleOf={titleOf} />
      <ViolationList
        violations={violations}
        checking={checking}
        shown={shown}
        onShow={(i) => {
          setShown(i);
          const step = stepOfViolation(violations[i]!, graph);
          if (step) setSelected(step);
        }}
      />
      <DraftViews graph={graph} selected={selected} highlight={highlight} onSelect={setSelected} />
      {selected && graph.nodes.has(selected) && (
        <StepPanel
          definition={present}
          graph={graph}
          path={selected}
          forms={forms}
          skeleton={backend.registry.catalog.packs.requirePack(present.processType).skeleton}
          nextVersion={latest.version + 1}
          dispatch={dispatch}
          onSelect={setSelected}
        />
      )}
      <PublicIntroSection definition={present} dispatch={dispatch} />
      <ChangesSection base={latest.version} changes={changes} />
      <PublishSection
        nextVersion={latest.version + 1}
        violations={violations.length}
        checking={checking}
        changes={changes.length}
        outcome={outcome}
        onPublish={publish}
      />
    </>
  );
}
