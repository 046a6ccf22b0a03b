import { readPath } from '../behaviour/readPath';
import { KLASSIFICERING_LABELS } from '../reports/labels';
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

/** What the log says of a lex Sarah ärende at its end: beslut, IVO, the enskilde's information and the åtgärder. */
export function arendeSummary(state: ArendeState): string | undefined {
  const steps = state.snapshot.context.steps;
  const data = (event: string, path: string) => readPath(steps[event]?.data, path);
  const lines: string[] = [];
  const klassificering = data('beslut.submit', 'klassificering');
  if (typeof klassificering === 'string') {
    const label = KLASSIFICERING_LABELS[klassificering] ?? klassificering;
    lines.push(`Beslut: ${label}${data('beslut.submit', 'allvarligt') === true ? ', allvarligt' : ''}.`);
  }
  const sent = data('anmalan_skickad.submit', 'skickadDatum');
  if (typeof sent === 'string') lines.push(`Anmälan till IVO skickades ${sent}.`);
  const komplettering = data('komplettering.submit', 'skickadDatum');
  if (typeof komplettering === 'string') lines.push(`Komplettering till IVO skickades ${komplettering}.`);
  if (data('utredning.submit', 'enskildInformation.informerad') === 'ja') lines.push('Den enskilde har informerats.');
  if (data('beslut.submit', 'ingaAtgarder') === true) lines.push('Enligt beslutet behövs inga åtgärder.');
  const atgarder = atgarderSummary(state);
  if (atgarder) lines.push(`Åtgärder:\n${atgarder}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
