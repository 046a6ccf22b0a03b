import type { FormSpec } from '../../engine/index';
import { propertiesOf } from './formCopy';
import type { FieldDraft } from './fieldTypes';
import { propertyShape } from './propertySchema';
import { shownWhenOf } from './shownWhen';
import type { DraftProblem } from './validateDraft';

/** The answers a question can be shown on: Ja/Nej, or a one-choice field's alternatives. Undefined: not a question. */
export function answersOf(form: FormSpec, name: string): { value: string | boolean; label: string }[] | undefined {
  const shape = propertyShape(propertiesOf(form.schema)[name], form.ui?.[name]);
  if (shape.type === 'boolean')
    return [
      { value: true, label: 'Ja' },
      { value: false, label: 'Nej' },
    ];
  return shape.type === 'choice' ? (shape.options ?? []) : undefined;
}

/**
 * Why the draft's "visa när" cannot be written (empty when it can): the question must be another field of the form that is a
 * Ja/Nej or one-choice question, at least one of its answers chosen, no circle, and a field the law requires is always shown.
 */
export function shownWhenProblems(form: FormSpec, draft: FieldDraft, locked: ReadonlySet<string>, currentName?: string): DraftProblem[] {
  const when = draft.shownWhen;
  if (!when) return [];
  const label = draft.label.trim() || draft.name;
  const say = (message: string): DraftProblem[] => [{ input: 'shownWhen', message }];
  if (locked.has(currentName ?? draft.name))
    return say(`Fältet "${label}" krävs enligt lag och visas alltid. Det kan inte visas bara vid vissa svar.`);
  if (when.field === draft.name || when.field === currentName) return say(`Fältet "${label}" kan inte visas utifrån sitt eget svar.`);
  const answers = answersOf(form, when.field);
  if (!answers) return say(`Välj en fråga med svaren Ja/Nej eller ett val för när fältet "${label}" ska visas.`);
  const question = propertiesOf(form.schema)[when.field] as { title?: string };
  const title = question.title ?? when.field;
  if (when.values.length === 0) return say(`Välj vid vilket svar på "${title}" fältet "${label}" ska visas.`);
  const known = new Set(answers.map((a) => a.value));
  const unknown = when.values.find((v) => !known.has(v));
  if (unknown !== undefined) return say(`"${String(unknown)}" är inget svar på "${title}". Välj bland frågans svar.`);
  if (showsOn(form, when.field, currentName ?? draft.name))
    return say(`"${title}" visas själv utifrån fältet "${label}". Fält kan inte visas utifrån varandra i en ring.`);
  return [];
}

/** True when `question` is shown, directly or through a chain of questions, on the answers of `field`. */
function showsOn(form: FormSpec, question: string, field: string): boolean {
  const seen = new Set<string>();
  for (let at = shownWhenOf(form.schema, question)?.when.field; at !== undefined; at = shownWhenOf(form.schema, at)?.when.field) {
    if (at === field) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}
