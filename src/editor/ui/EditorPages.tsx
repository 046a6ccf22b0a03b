import type { ProcessView } from '../../kit/router';
import { ChangeRecordPage } from './ChangeRecordPage';
import { ProcessEditor } from './ProcessEditor';
import { ProcessList } from './ProcessList';
import { VersionsPage } from './VersionsPage';
import './editor.css';

/** The process owner's pages, loaded lazily: the list, the editor of one process, its versions, its change record. */
export default function EditorPages({ id, vy }: { id?: string; vy?: ProcessView }) {
  if (!id) return <ProcessList />;
  if (vy === 'andringsforteckning') return <ChangeRecordPage key={id} id={id} />;
  return vy === 'versioner' ? <VersionsPage key={id} id={id} /> : <ProcessEditor key={id} id={id} />;
}
