import type { RJSFSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import Ajv from 'ajv';
import { visibleSchema } from '../../ui/forms/visibleSchema';
import { addField } from './addField';
import { conditionalFields } from './conditionalFields';
import type { EditResult, FieldDraft } from './fieldTypes';
import { readFields } from './readFields';
import { removeField } from './removeField';
import { updateField } from './updateField';
import { deepFreeze, drafts, shippedForm } from '../../../test/support/testForms';

const none: ReadonlySet<string> = new Set();
const ok = (r: EditResult): FormSpec => {
  if (!r.ok) throw new Error(r.message);
  return deepFreeze(r.form);
};
const refusal = (r: EditResult): string => (r.ok ? 'godtogs' : r.message);

const question: FieldDraft = { ...drafts.choice, name: 'hantForut', label: 'Har liknande hänt förut?', required: true };
const why: FieldDraft = {
  ...drafts.textarea,
  name: 'varfor',
  label: 'Varför har det hänt igen?',
  required: true,
  shownWhen: { field: 'hantForut', values: ['dag', 'natt'] },
};

/** The avslut form with a one-choice question and a text shown (and then required) on two of its answers. */
function withCondition(): FormSpec {
  const base = deepFreeze(shippedForm('avvikelse-avslut'));
  return ok(addField(ok(addField(base, question, none)), why, none));
}

const errorsOf = (form: FormSpec, data: Record<string, unknown>) => {
  const { $id: _id, ...schema } = form.schema;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  validate(data);
  return (validate.errors ?? []).map((e) => (e.keyword === 'required' ? `/${String(e.params.missingProperty)}` : e.instancePath));
};

describe('a field shown on another question\'s answers ("visa när")', () => {
  it('is read back with its condition, and is required only when shown', () => {
    const form = withCondition();
    const read = readFields(form).find((f) => f.name === 'varfor');
    expect(read).toMatchObject({ required: true, shownWhen: { field: 'hantForut', values: ['dag', 'natt'] } });
    expect(form.schema.required).not.toContain('varfor');
    expect(errorsOf(form, { hantForut: 'dag' })).toContain('/varfor');
    expect(errorsOf(form, { hantForut: 'kvall' })).not.toContain('/varfor');
  });

  it('is hidden from the case handler when the answer does not show it', () => {
    const form = withCondition();
    const isValid = (s: Record<string, unknown>, d: unknown) => validator.isValid(s as RJSFSchema, d, form.schema as RJSFSchema);
    expect(visibleSchema(form.schema, { hantForut: 'kvall' }, isValid).hidden).toContain('varfor');
    expect(visibleSchema(form.schema, { hantForut: 'natt' }, isValid).hidden).not.toContain('varfor');
  });

  it('keeps the question in a condition (not removable, not retypable) but not the shown field', () => {
    const form = withCondition();
    expect(conditionalFields(form).has('hantForut')).toBe(true);
    expect(conditionalFields(form).has('varfor')).toBe(false);
    expect(refusal(removeField(form, 'hantForut', none))).toMatch(/används i ett villkor/);
    const removed = ok(removeField(form, 'varfor', none));
    expect(removed.schema.allOf ?? []).toEqual(shippedForm('avvikelse-avslut').schema.allOf ?? []);
  });

  it('can be made optional when shown, always shown again, and renamed with its condition', () => {
    const form = withCondition();
    const optional = ok(updateField(form, 'varfor', { ...why, required: false }, none));
    expect(readFields(optional).find((f) => f.name === 'varfor')).toMatchObject({ required: false, shownWhen: why.shownWhen });
    expect(errorsOf(optional, { hantForut: 'dag' })).not.toContain('/varfor');
    const always = ok(updateField(form, 'varfor', { ...why, shownWhen: undefined } as FieldDraft, none));
    const { shownWhen: _gone, ...alwaysRead } = readFields(always).find((f) => f.name === 'varfor')!;
    expect(alwaysRead.required).toBe(true);
    expect(always.schema.required).toContain('varfor');
    const renamed = ok(updateField(form, 'varfor', { ...why, name: 'orsakIgen' }, none));
    expect(readFields(renamed).find((f) => f.name === 'orsakIgen')?.shownWhen).toEqual(why.shownWhen);
    expect(JSON.stringify(renamed.schema)).not.toContain('"varfor"');
  });

  it('refuses, in Swedish, a law field, an unknown question or answer, itself and a circle', () => {
    const form = withCondition();
    const base = deepFreeze(shippedForm('avvikelse-avslut'));
    expect(refusal(addField(ok(addField(base, question, none)), why, new Set(['varfor'])))).toMatch(/krävs enligt lag och visas alltid/);
    expect(refusal(addField(base, why, none))).toMatch(/Välj en fråga med svaren Ja\/Nej eller ett val/);
    const wrongAnswer = { ...why, shownWhen: { field: 'hantForut', values: ['ibland'] } };
    expect(refusal(addField(ok(addField(base, question, none)), wrongAnswer, none))).toMatch(/"ibland" är inget svar på "Har liknande/);
    const noAnswer = { ...why, shownWhen: { field: 'hantForut', values: [] } };
    expect(refusal(addField(ok(addField(base, question, none)), noAnswer, none))).toMatch(/Välj vid vilket svar/);
    const circle = { ...question, shownWhen: { field: 'varfor', values: ['x'] } };
    expect(refusal(updateField(form, 'hantForut', circle, none))).toMatch(/Välj en fråga|visas själv|villkor/);
    // A ring through three questions: a shown on b, b on c; c may not then be shown on a.
    const yesNo = (name: string, on?: string): FieldDraft => ({
      name,
      label: name,
      type: 'boolean',
      required: false,
      ...(on ? { shownWhen: { field: on, values: [true] } } : {}),
    });
    let ring = deepFreeze(shippedForm('avvikelse-avslut'));
    for (const d of [yesNo('c'), yesNo('b', 'c'), yesNo('a', 'b')]) ring = ok(addField(ring, d, none));
    expect(refusal(updateField(ring, 'c', yesNo('c', 'a'), none))).toMatch(/"a" visas själv utifrån fältet "c"/);
  });

  it("reads the forms' own conditions the same way", () => {
    const beslut = shippedForm('lex-sarah-beslut-2');
    expect(readFields(beslut).find((f) => f.name === 'ingaAtgarderMotivering')?.shownWhen).toEqual({
      field: 'ingaAtgarder',
      values: [true],
    });
  });
});
