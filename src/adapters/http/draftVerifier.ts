// The editor's live verdict, its own chunk: `httpRegistry` imports it when what follows the first rows loads.
export { verifyDraft } from '../../engine/internal';
