import { useEffect, useState } from 'react';
import type { ProcessDefinition } from '../../engine/index';
import { useServices } from '../../kit/services';
import { startHistory } from '../commands/editHistory';
import type { EditHistory } from '../commands/editHistory';

const draftKey = (id: string) => `editor:${id}`;

/** The draft of a process's next version with its undo history; an unpublished draft survives a reload (IndexedDB). */
export function useEditorDraft(id: string, latest: ProcessDefinition | undefined) {
  const { drafts } = useServices();
  const [history, setHistory] = useState<EditHistory | undefined>();
  const [restored, setRestored] = useState(false);

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

  /** Keeps an edited draft, in the page and in the drafts store. */
  const save = (h: EditHistory) => {
    setHistory(h);
    if (latest) void drafts.save(draftKey(id), { base: latest.version, definition: h.present });
  };
  /** Starts over from `definition` (the latest version, or the one just published), the stored draft dropped. */
  const restart = (definition: ProcessDefinition): Promise<void> => {
    setHistory(startHistory(definition));
    setRestored(false);
    return drafts.clear(draftKey(id));
  };
  return { history, restored, save, restart };
}
