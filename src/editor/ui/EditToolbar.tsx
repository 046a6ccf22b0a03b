import { describeEdit } from '../commands/EditCommand';
import { redo, undo } from '../commands/editHistory';
import type { EditHistory } from '../commands/editHistory';

/** Undo and redo, each naming the edit it takes back or does again. */
export function EditToolbar({
  history,
  save,
  titleOf,
}: {
  history: EditHistory;
  save(h: EditHistory): void;
  titleOf(path: string): string;
}) {
  const lastDone = history.past[history.past.length - 1];
  const nextRedo = history.future[0];
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Ångra och gör om">
      <button type="button" disabled={!lastDone} onClick={() => save(undo(history))}>
        {lastDone ? `Ångra: ${describeEdit(lastDone.command, titleOf)}` : 'Ångra'}
      </button>
      <button type="button" disabled={!nextRedo} onClick={() => save(redo(history))}>
        {nextRedo ? `Gör om: ${describeEdit(nextRedo.command, titleOf)}` : 'Gör om'}
      </button>
    </div>
  );
}
