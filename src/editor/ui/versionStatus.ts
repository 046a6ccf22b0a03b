import type { LoadedDefinition } from '../../engine/index';
import { formatDate } from '../../kit/format';

/**
 * A version's standing: the newest applies to new ärenden from its publication (its effective date); an older one was
 * replaced when the next was published.
 */
export function versionStatus(versions: readonly LoadedDefinition[], index: number): string {
  const d = versions[index]!.definition;
  const next = versions[index + 1]?.definition;
  if (!next) return d.published ? `Gäller för nya ärenden sedan ${formatDate(d.published.at)}` : 'Gäller för nya ärenden';
  return next.published ? `Ersatt ${formatDate(next.published.at)} av version ${next.version}` : `Ersatt av version ${next.version}`;
}

/** "Ingen", "1 öppet ärende", "3 öppna ärenden". */
export function openCount(n: number): string {
  return n === 0 ? 'Inga öppna ärenden' : n === 1 ? '1 öppet ärende' : `${n} öppna ärenden`;
}
