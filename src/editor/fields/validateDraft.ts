import type { FormSpec } from '../../engine/index';
import { FIELD_NAME_PATTERN, fieldNameFrom } from './fieldNameFrom';
import { hasField, labelOf } from './formCopy';
import { propertyNames } from './fieldOrder';
import { hasOptions, isFieldType } from './fieldTypes';
import type { FieldDraft } from './fieldTypes';

/** Longest label the editor accepts. */
export const LABEL_MAX_LENGTH = 200;
/** Longest help text the editor accepts. */
export const HELP_MAX_LENGTH = 2000;

/** One problem with a draft, with the editor input it concerns. */
export interface DraftProblem {
  input: 'label' | 'name' | 'help' | 'type' | 'options' | 'shownWhen';
  /** Swedish, names the field. */
  message: string;
}

/**
 * Every problem with a draft, in the order of the editor's inputs; empty when the draft may be
 * written. `currentName` is the field's present name when an existing field is edited (it may
 * keep its name); for a new field, leave it out. Checks: a non-empty label of at most
 * {@link LABEL_MAX_LENGTH} characters, a valid technical name ({@link FIELD_NAME_PATTERN}) not used by
 * another field, a known type, and for choice types at least two alternatives with text and
 * unique values and texts. Legal locks and conditions are checked by the commands.
 */
export function draftProblems(form: FormSpec, draft: FieldDraft, currentName?: string): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const label = draft.label.trim();
  const field = label ? `fältet "${label}"` : draft.name ? `fältet "${draft.name}"` : 'det nya fältet';
  const taken = new Set(propertyNames(form.schema).filter((n) => n !== currentName));
  const suggestion = fieldNameFrom(label || draft.name, taken);

  if (!label)
    problems.push({ input: 'label', message: `Ange en etikett för ${field}. Etiketten är frågan eller rubriken som användaren ser.` });
  else if (label.length > LABEL_MAX_LENGTH)
    problems.push({ input: 'label', message: `Etiketten för ${field} är för lång: högst ${LABEL_MAX_LENGTH} tecken.` });

  if (draft.name === '') {
    problems.push({ input: 'name', message: `Ange ett tekniskt namn för ${field}, till exempel "${suggestion}".` });
  } else if (!FIELD_NAME_PATTERN.test(draft.name)) {
    problems.push({
      input: 'name',
      message:
        `Det tekniska namnet "${draft.name}" för ${field} går inte att använda. Det ska börja med en liten bokstav a–z och får ` +
        `bara innehålla bokstäverna a–z och A–Z samt siffror – inga mellanslag, å, ä eller ö. Till exempel "${suggestion}".`,
    });
  } else if (draft.name !== currentName && hasField(form.schema, draft.name)) {
    problems.push({
      input: 'name',
      message:
        `Det tekniska namnet "${draft.name}" används redan av fältet "${labelOf(form.schema, draft.name)}". Välj ett annat namn ` +
        `för ${field}, till exempel "${suggestion}".`,
    });
  }

  if ((draft.help?.trim().length ?? 0) > HELP_MAX_LENGTH)
    problems.push({ input: 'help', message: `Hjälptexten för ${field} är för lång: högst ${HELP_MAX_LENGTH} tecken.` });

  if (!isFieldType(draft.type)) {
    problems.push({ input: 'type', message: `Välj vilken typ av svar ${field} ska ha.` });
  } else if (hasOptions(draft.type)) {
    problems.push(...optionProblems(draft, field));
  }
  return problems;
}

function optionProblems(draft: FieldDraft, field: string): DraftProblem[] {
  const options = draft.options ?? [];
  const problems: DraftProblem[] = [];
  const say = (message: string) => problems.push({ input: 'options', message });
  if (options.length < 2) say(`${capitalise(field)} behöver minst två alternativ att välja mellan (nu ${options.length}).`);
  const values = new Set<string>();
  const labels = new Set<string>();
  options.forEach((option, i) => {
    const value = option.value.trim();
    const label = option.label.trim();
    if (!value) say(`Alternativ ${i + 1} i ${field} saknar värde.`);
    else if (values.has(value))
      say(`Värdet "${value}" finns flera gånger bland alternativen i ${field}. Varje alternativ måste ha ett eget värde.`);
    if (!label) say(`Alternativ ${i + 1} i ${field} saknar text.`);
    else if (labels.has(label))
      say(`Texten "${label}" finns flera gånger bland alternativen i ${field}. Varje alternativ måste ha en egen text.`);
    values.add(value);
    labels.add(label);
  });
  return problems;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
