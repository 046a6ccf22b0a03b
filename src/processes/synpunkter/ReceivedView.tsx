import type { ArendeState, ReceivedRecord } from '../../engine/index';
import { enhetName } from '../../kit/labels';
import { Field, stepChoiceTitles, stepData } from '../../kit/printParts';
import { ReceivedFields } from '../../kit/ReceivedFields';
import { useServices } from '../../kit/services';
import { synpunkter } from './pack';
import { KEEPS_RECEIVED } from './skeleton';

type Correction = { falt?: string[]; skal?: string };

/** What came in through the public form, if it did, and what the registration corrected. */
export function receivedOf(
  state: ArendeState,
): { received: ReceivedRecord; registered: Record<string, unknown>; correction?: Correction } | undefined {
  const registered = stepData(state, 'inkommen.submit');
  const received = registered?.mottaget as ReceivedRecord | undefined;
  if (!registered || !received) return undefined;
  return { received, registered, ...(registered.rattelse ? { correction: registered.rattelse as Correction } : {}) };
}

/**
 * "Som det kom in": the sender's own words and answers exactly as the public form received them, apart from the
 * registration; below, each corrected field as it came and as registered, with the reason. Nothing when staff entered it.
 */
export function ReceivedView({ state, headingId }: { state: ArendeState; headingId: string }) {
  const { org, catalog } = useServices();
  const found = receivedOf(state);
  if (!found) return null;
  const { received, registered, correction } = found;
  const choice = (field: string) => stepChoiceTitles(catalog, state, 'inkommen.submit', [field]);
  const shown = (field: string, value: unknown): string =>
    value === undefined
      ? '(inget)'
      : value === true
        ? 'Ja'
        : value === false
          ? 'Nej'
          : typeof value === 'string'
            ? (choice(field).get(value) ?? value)
            : JSON.stringify(value);
  // As the first step would have said had nothing been corrected (the channel's facts are part of it).
  const before: Record<string, unknown> = { ...received.data, ...(KEEPS_RECEIVED.params?.defaults as Record<string, unknown>) };
  const fieldTitle = stepChoiceTitles(catalog, state, 'inkommen.submit', ['rattelse', 'falt', 'items']);
  const change = (field: string) =>
    field === 'enhet'
      ? `${enhetName(org, received.enhetId)} → ${enhetName(org, state.open.enhetId)}`
      : `${shown(field, before[field])} → ${shown(field, registered[field])}`;
  return (
    <section aria-labelledby={headingId} className="received">
      <h2 id={headingId}>Som det kom in via webbformuläret</h2>
      <p className="hint">Sparat i ärendet exakt som personen skickade det. Det kan inte ändras.</p>
      <ReceivedFields received={received} form={catalog.forms[synpunkter.publicIntake.form]} org={org} />
      {correction?.falt?.length ? (
        <>
          <h3>Rättat vid registreringen</h3>
          <dl className="doc-fields">
            {correction.falt.map((f) => (
              <Field key={f} label={fieldTitle.get(f) ?? f} value={change(f)} />
            ))}
            <Field label="Skäl" value={correction.skal} />
          </dl>
        </>
      ) : null}
    </section>
  );
}
