import type { Backend } from '../../api/Backend';
import type { ProcessDefinition } from '../../engine/index';
import type { Outcome } from './OutcomeMessage';

/** Publishes the draft; the outcome in Swedish, and the published definition when it went through. */
export async function publishDraft(
  backend: Backend,
  id: string,
  draft: ProcessDefinition,
  note: string,
): Promise<{ outcome: Outcome; published?: ProcessDefinition }> {
  let r;
  try {
    r = await backend.publish(draft, note);
  } catch (e) {
    return { outcome: { kind: 'bad', text: 'Versionen publicerades inte.', details: [(e as Error).message] } };
  }
  const published = r.ok && r.version !== undefined ? backend.registry.get(id, r.version)?.definition : undefined;
  if (!r.ok || !published)
    return { outcome: { kind: 'bad', text: 'Versionen publicerades inte.', details: (r.violations ?? []).map((v) => v.message) } };
  const text =
    `Version ${published.version} av ${published.title} är publicerad. Nya ärenden följer den; pågående ärenden fortsätter på sin ` +
    `version.`;
  return { outcome: { kind: 'ok', text }, published };
}
