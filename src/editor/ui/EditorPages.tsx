import { ProcessEditor } from './ProcessEditor';
import { ProcessList } from './ProcessList';
import { VersionsPage } from './VersionsPage';
import './editor.css';

/** The process owner's pages, loaded lazily: the list, the editor of one process, its versions. */
export default function EditorPages({ id, vy }: { id?: string; vy?: 'redigera' | 'versioner' }) {
  if (!id) return <ProcessList />;
  return vy === 'versioner' ? <VersionsPage key={id} id={id} /> : <ProcessEditor key={id} id={id} />;
}
