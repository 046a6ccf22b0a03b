import type { ArendeState, ProcessCatalog } from '../engine/index';
import { choiceTitles } from '../engine/index';
import { formatDate } from './format';

/** Pieces every print document uses: a step's data and a label–value row. */
export type StepValues = Record<string, unknown>;

export const stepData = (state: ArendeState, type: string) => state.snapshot.context.steps[type]?.data as StepValues | undefined;

/** The titles of a choice field as the form this ärende used for the step words them (value → title). */
export const stepChoiceTitles = (catalog: ProcessCatalog, state: ArendeState, event: string, path: readonly string[]) =>
  choiceTitles(catalog.forms[state.loaded.formOf.get(event) ?? '']?.schema, path);

/** A recorded YYYY-MM-DD (or instant) as a Swedish date; nothing when absent. */
export const dateOf = (value: unknown) => (typeof value === 'string' ? formatDate(value) : undefined);

// Stored events keep keys sorted; people read a name before an address or an e-mail.
const READING_ORDER = ['namn', 'titel', 'befattning', 'adress', 'postort', 'telefon', 'epost'];

function objectText(value: StepValues): string {
  const rank = (k: string) => (READING_ORDER.includes(k) ? READING_ORDER.indexOf(k) : READING_ORDER.length);
  return Object.keys(value)
    .sort((a, b) => rank(a) - rank(b))
    .map((k) => value[k])
    .filter((v) => v !== undefined && v !== null && v !== '' && typeof v !== 'object')
    .join(', ');
}

/** One row of a document's field list; nothing when the value is empty. */
export function Field({ label, value }: { label: string; value: unknown }) {
  if (value === undefined || value === null || value === '') return null;
  const text =
    typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : typeof value === 'object' ? objectText(value as StepValues) : String(value);
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}
