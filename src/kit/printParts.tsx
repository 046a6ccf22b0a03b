import type { ArendeState, ProcessCatalog } from '../engine/index';
import { choiceTitles } from '../engine/index';
import { formatDate, formatDateTime } from './format';

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

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A plain value as a Swedish reader reads it: Ja/Nej, a date, a date and time in Stockholm. */
function plainText(v: unknown): string {
  if (typeof v === 'boolean') return v ? 'Ja' : 'Nej';
  if (typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v))) return formatDateTime(v);
  if (typeof v === 'string' && DAY.test(v)) return formatDate(v);
  return String(v);
}

function objectText(value: StepValues): string {
  const rank = (k: string) => (READING_ORDER.includes(k) ? READING_ORDER.indexOf(k) : READING_ORDER.length);
  return Object.keys(value)
    .sort((a, b) => rank(a) - rank(b))
    .map((k) => value[k])
    .filter((v) => v !== undefined && v !== null && v !== '' && typeof v !== 'object')
    .map(plainText)
    .join(', ');
}

/** One row of a document's field list; nothing when the value is empty. */
export function Field({ label, value }: { label: string; value: unknown }) {
  if (value === undefined || value === null || value === '') return null;
  const one = (v: unknown) => (v !== null && typeof v === 'object' ? objectText(v as StepValues) : plainText(v));
  const text = Array.isArray(value) ? value.map(one).filter(Boolean).join('; ') : one(value);
  if (!text) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}

/**
 * The step's fields a document does not name itself – those a process owner added to the form – each under its own
 * label, so a print leaves nothing out.
 */
export function OtherFields(props: { catalog: ProcessCatalog; state: ArendeState; event: string; shown: readonly string[] }) {
  const { catalog, state, event, shown } = props;
  const data = stepData(state, event) ?? {};
  const schema = catalog.forms[state.loaded.formOf.get(event) ?? '']?.schema;
  const properties = (schema?.properties ?? {}) as Record<string, { title?: string }>;
  return (
    <>
      {Object.entries(properties)
        .filter(([key]) => !shown.includes(key))
        .map(([key, p]) => (
          <Field key={key} label={p.title ?? key} value={data[key]} />
        ))}
    </>
  );
}
