import type { ComponentType } from 'react';
import { FormPreviewSlot } from './formPreviewSlot';
import type { FormPreviewProps } from './formPreviewSlot';
import { ProcessEditor } from './ProcessEditor';
import { ProcessList } from './ProcessList';
import { VersionsPage } from './VersionsPage';
import './editor.css';

interface EditorPagesProps {
  id?: string;
  vy?: 'redigera' | 'versioner';
  /** The app's step form for the live preview (see `formPreviewSlot.ts`). */
  FormPreview?: ComponentType<FormPreviewProps>;
}

/** The process owner's pages, loaded lazily: the list, the editor of one process, its versions. */
export default function EditorPages({ id, vy, FormPreview }: EditorPagesProps) {
  if (!id) return <ProcessList />;
  return (
    <FormPreviewSlot.Provider value={FormPreview}>
      {vy === 'versioner' ? <VersionsPage key={id} id={id} /> : <ProcessEditor key={id} id={id} />}
    </FormPreviewSlot.Provider>
  );
}
