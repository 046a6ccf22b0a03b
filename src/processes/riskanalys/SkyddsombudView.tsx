import type { ArendeState } from '../../engine/index';
import { formatDate } from '../../kit/format';

interface Synpunkter {
  namn?: string;
  stallningstagande?: string;
  invandningar?: string;
}

/** What the riskanalys records about the skyddsombud's view, in one Swedish sentence (and who gave it, when). */
export function skyddsombudStatement(state: ArendeState): { text: string; givenBy?: string } {
  const steps = state.snapshot.context.steps;
  const view = steps['skyddsombud.submit'];
  if (view) {
    const d = view.data as Synpunkter;
    const text =
      d.stallningstagande === 'instammer'
        ? 'Skyddsombudet instämmer i riskanalysen.'
        : d.invandningar
          ? `Skyddsombudet har invändningar: ${d.invandningar}`
          : 'Skyddsombudet har invändningar.';
    return { text, givenBy: `${d.namn ? `${d.namn}, ` : ''}${formatDate(view.at)}` };
  }
  const deltagare = steps['deltagare.submit']?.data as { skyddsombudDeltar?: boolean; skalUtanSkyddsombud?: string } | undefined;
  if (deltagare?.skyddsombudDeltar === false) {
    return { text: `Skyddsombudet deltar inte i riskanalysen. Skäl: ${deltagare.skalUtanSkyddsombud ?? 'inget skäl är dokumenterat'}` };
  }
  return { text: 'Skyddsombudet har inte yttrat sig ännu.' };
}

/** The skyddsombud's view (AFS 2023:1), shown in the printed riskanalys and to the verksamhetschef before approval. */
export function SkyddsombudView({ state, headingLevel, headingId }: { state: ArendeState; headingLevel: 2 | 3; headingId: string }) {
  const { text, givenBy } = skyddsombudStatement(state);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={headingId} className="skyddsombud-view">
      <Heading id={headingId}>Skyddsombudets synpunkter</Heading>
      <p>{text}</p>
      {givenBy && <p className="hint">Lämnat av {givenBy}</p>}
    </section>
  );
}
