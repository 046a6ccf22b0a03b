import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
// The real Ajv adapter (createAjvValidator), as wired for all tests by test/support/world.
import { validator } from '../../../test/support/world';
import { addField } from './addField';
import { FIELD_TYPES } from './fieldTypes';
import type { FieldDraft, FieldType } from './fieldTypes';
import { moveField } from './moveField';
import { readFields } from './readFields';
import { removeField } from './removeField';
import { updateField } from './updateField';
import { drafts, shippedForms } from '../../../test/support/testForms';

const none: ReadonlySet<string> = new Set();

/** A sensible answer and a wrong one for each type of the drafts in testForms. */
const answers: Record<FieldType, { good: unknown; bad: unknown }> = {
  text: { good: 'Ett kort svar', bad: '' },
  textarea: { good: 'Ett längre svar med flera meningar. Ingen skuld.', bad: 'x'.repeat(4001) },
  date: { good: '2026-04-30', bad: '2026-02-30' },
  number: { good: 3.5, bad: 'tre' },
  boolean: { good: false, bad: 'nej' },
  choice: { good: 'kvall', bad: 'morgon' },
  multichoice: { good: ['hemtjanst', 'sarskilt_boende'], bad: ['hemtjanst', 'hemtjanst'] },
};

function edited(result: ReturnType<typeof addField>): FormSpec {
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

const errorsOf = (form: FormSpec, data: unknown) => validator.compile(form.schema)(data);
const withExamples = shippedForms().filter((f) => (f.examples?.valid.length ?? 0) > 0);

describe('edited forms compile with Ajv and validate sensible data', () => {
  it('covers every shipped form', () => {
    expect(withExamples.length).toBeGreaterThanOrEqual(30);
  });

  describe.each(withExamples.map((f) => [f.id, f] as const))('%s', (_id, form) => {
    const valid = form.examples?.valid ?? [];
    const invalid = form.examples?.invalid ?? [];

    it('the examples hold before any edit', () => {
      for (const data of valid) expect(errorsOf(form, data)).toEqual([]);
    });

    it.each(FIELD_TYPES.map((t) => [t]))('an optional %s field keeps the examples valid and checks its own answers', (type) => {
      const draft = drafts[type];
      const out = edited(addField(form, draft, none));
      for (const data of valid) {
        expect(errorsOf(out, data)).toEqual([]);
        expect(errorsOf(out, { ...(data as object), [draft.name]: answers[type].good })).toEqual([]);
        const errors = errorsOf(out, { ...(data as object), [draft.name]: answers[type].bad });
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((e) => e.pointer.startsWith(`/${draft.name}`))).toBe(true);
        expect(errors[0]?.message).toContain(draft.label);
      }
      for (const { data } of invalid) expect(errorsOf(out, data).length).toBeGreaterThan(0);
    });

    it.each(FIELD_TYPES.map((t) => [t]))('a required %s field makes the examples invalid until answered', (type) => {
      const draft: FieldDraft = { ...drafts[type], required: true };
      const out = edited(addField(form, draft, none));
      for (const data of valid) {
        const errors = errorsOf(out, data);
        expect(errors.map((e) => e.pointer)).toEqual([`/${draft.name}`]);
        expect(errors[0]?.message).toContain(draft.label);
        expect(errorsOf(out, { ...(data as object), [draft.name]: answers[type].good })).toEqual([]);
      }
    });

    it('editing, moving and removing the added field gives valid schemas', () => {
      let out = edited(addField(form, drafts.choice, none));
      out = edited(
        updateField(
          out,
          'nyttChoice',
          {
            ...drafts.choice,
            label: 'Arbetspass',
            required: true,
            options: [...(drafts.choice.options ?? []), { value: 'helg', label: 'Helg' }],
          },
          none,
        ),
      );
      out = edited(moveField(out, 'nyttChoice', -1));
      for (const data of valid) expect(errorsOf(out, { ...(data as object), nyttChoice: 'helg' })).toEqual([]);
      out = edited(updateField(out, 'nyttChoice', { ...drafts.number, name: 'nyttChoice', label: 'Antal' }, none));
      for (const data of valid) expect(errorsOf(out, { ...(data as object), nyttChoice: 2 })).toEqual([]);
      out = edited(removeField(out, 'nyttChoice', none));
      for (const data of valid) expect(errorsOf(out, data)).toEqual([]);
      expect(readFields(out).map((f) => f.name)).toEqual(readFields(form).map((f) => f.name));
    });
  });
});
