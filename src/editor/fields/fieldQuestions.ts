import type { FormSpec } from '../../engine/index';
import type { ReadField } from './fieldTypes';
import { answersOf } from './shownWhenProblems';
import type { Question } from './ShownWhenInput';

/** The Ja/Nej and one-choice fields of the form, other than the one being changed: what a field may be shown on. */
export function questionsOf(form: FormSpec, fields: readonly ReadField[], except: string | undefined): Question[] {
  return fields.flatMap((f) => {
    const answers = f.name === except ? undefined : answersOf(form, f.name);
    return answers ? [{ name: f.name, label: f.label, answers }] : [];
  });
}

/** "Visas när "Fråga" är Ja eller Okänt", in the words of the question's own answers (`answersOf`). */
export function shownOnText(form: FormSpec, fields: readonly ReadField[], field: ReadField): string | undefined {
  const when = field.shownWhen;
  if (!when) return undefined;
  const question = fields.find((f) => f.name === when.field);
  const answers = answersOf(form, when.field) ?? [];
  const answer = (v: string | boolean) => answers.find((a) => a.value === v)?.label ?? String(v);
  return `Visas när "${question?.label ?? when.field}" är ${when.values.map(answer).join(' eller ')}`;
}
