import { readPath } from '../../engine/behaviour/readPath';
import { KLASSIFICERING_LABELS } from './labels';
import type { ArendeContext } from '../../engine/model/ArendeContext';

/** What the log says of a lex Sarah ärende at its end: beslut, IVO and the enskilde's information (the engine adds the åtgärder). */
export function caseSummary(context: ArendeContext): string | undefined {
  const steps = context.steps;
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
  return lines.length > 0 ? lines.join('\n') : undefined;
}
