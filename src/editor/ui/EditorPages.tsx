import type { ComponentType } from 'react';
import type { ProcessView } from '../../kit/router';
import { ChangeRecordPage } from './ChangeRecordPage';
import { FormPreviewSlot } from './formPreviewSlot';
import type { FormPreviewProps } from './formPreviewSlot';
import { ProcessEditor } from './ProcessEditor';
import { ProcessList } from './ProcessList';
import { VersionsPage } from './VersionsPage';
import './editor.css';

interface EditorPagesProps {
  id?: string;
  vy?: ProcessView;
  /** The app's step form for the live preview (see `formPreviewSlot.ts`). */
  FormPreview?: ComponentType<FormPreviewProps>;
}

/** The process owner's pages, loaded lazily: the list, the editor of one process, its versions, its change record. */
export default function EditorPages({ id, vy, FormPreview }: EditorPagesProps) {
  if (!id) return <ProcessList />;
  if (vy === 'andringsforteckning') return <ChangeRecordPage key={id} id={id} />;
  return (
    <FormPreviewSlot.Provider value={FormPreview}>
      {vy === 'versioner' ? <VersionsPage key={id} id={id} /> : <ProcessEditor key={id} id={id} />}
    </FormPreviewSlot.Provider>
  );
}
