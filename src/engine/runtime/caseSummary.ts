import type { Atgard } from '../model/ArendeContext';
import type { ArendeState } from './ArendeState';

const EFFEKT_TEXT: Readonly<Record<string, string>> = {
  avsedd_effekt: 'avsedd effekt',
  delvis_effekt: 'delvis effekt',
  ingen_effekt: 'ingen effekt',
};

function atgardLine(a: Atgard): string {
  switch (a.status) {
    case 'verifierad':
      return `${a.vad} – genomförd och uppföljd: ${EFFEKT_TEXT[a.effekt ?? ''] ?? 'effekten är inte angiven'}.`;
    case 'genomford':
      return `${a.vad} – genomförd, inte uppföljd.`;
    case 'atertagen':
      return `${a.vad} – återtagen.`;
    default:
      return `${a.vad} – planerad, klar senast ${a.klartDatum}.`;
  }
}

/** What the log says of the åtgärder, one line each: the uppföljning's summary to start from. */
export function atgarderSummary(state: ArendeState): string | undefined {
  const lines = state.snapshot.context.atgarder.map(atgardLine);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** What the log says of an ärende at its end: its pack's own lines (`ProcessPack.caseSummary`), then the åtgärder. */
export function arendeSummary(state: ArendeState): string | undefined {
  const lines: string[] = [];
  const own = state.loaded.pack.caseSummary?.(state.snapshot.context);
  if (own) lines.push(own);
  const atgarder = atgarderSummary(state);
  if (atgarder) lines.push(`Åtgärder:\n${atgarder}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
