import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import type { EditResult, FieldDraft } from './fieldTypes';
import { isEditableField } from './fieldTypes';
import { readFields } from './readFields';
import { updateField } from './updateField';
import { deepFreeze, shippedForm } from '../../../test/support/testForms';

const beslutLocked: ReadonlySet<string> = new Set(['klassificering', 'allvarligt', 'motivering']);
const none: ReadonlySet<string> = new Set();

/** The field as a draft, as the editor would start from it. */
function draftOf(form: FormSpec, name: string): FieldDraft {
  const field = readFields(form).find((f) => f.name === name);
  if (!field || !isEditableField(field)) throw new Error(`${name} går inte att redigera`);
  return field;
}

function updated(result: EditResult): FormSpec {
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

const prop = (form: FormSpec, name: string) => (form.schema.properties as Record<string, Record<string, unknown>>)[name];

describe('updateField', () => {
  it('gives a locked field a new label and help text, keeping its other keywords', () => {
    const form = deepFreeze(shippedForm('lex-sarah-beslut'));
    const draft = { ...draftOf(form, 'motivering'), label: 'Motivering av beslutet', help: 'Skriv kort.' };
    const out = updated(updateField(form, 'motivering', draft, beslutLocked));
    expect(prop(out, 'motivering')).toEqual({
      type: 'string',
      title: 'Motivering av beslutet',
      description: 'Skriv kort.',
      minLength: 1,
      maxLength: 4000,
    });
    expect(out.ui?.motivering).toEqual({ 'ui:widget': 'textarea' });
    expect(out.schema.required).toEqual(form.schema.required);
    expect(prop(form, 'motivering')?.title).toBe('Motivering');
  });

  it('removes the help text when it is emptied', () => {
    const form = shippedForm('lex-sarah-beslut');
    const out = updated(updateField(form, 'motivering', { ...draftOf(form, 'motivering'), help: '  ' }, beslutLocked));
    expect(prop(out, 'motivering')).not.toHaveProperty('description');
  });

  it('keeps keywords it does not manage (pattern, maxLength) and ui entries', () => {
    const form = shippedForm('avvikelse-rapport');
    const out = updated(updateField(form, 'enskildReferens', { ...draftOf(form, 'enskildReferens'), label: 'Referens' }, none));
    expect(prop(out, 'enskildReferens')).toMatchObject({
      title: 'Referens',
      maxLength: 100,
      pattern: prop(form, 'enskildReferens')?.pattern,
    });
    expect(out.ui?.enskildReferens).toEqual({ 'ui:placeholder': 'ENR-2026-0042' });
  });

  it('refuses to make a locked field optional', () => {
    const form = shippedForm('lex-sarah-beslut');
    expect(updateField(form, 'motivering', { ...draftOf(form, 'motivering'), required: false }, beslutLocked)).toEqual({
      ok: false,
      message: 'Fältet "Motivering" krävs enligt lag och kan inte göras frivilligt.',
    });
  });

  it('refuses to change the type or the name of a locked field', () => {
    const form = shippedForm('lex-sarah-beslut');
    expect(updateField(form, 'motivering', { ...draftOf(form, 'motivering'), type: 'text' }, beslutLocked)).toEqual({
      ok: false,
      message: 'Fältet "Motivering" krävs enligt lag och kan inte byta typ.',
    });
    expect(updateField(form, 'motivering', { ...draftOf(form, 'motivering'), name: 'skal' }, beslutLocked)).toEqual({
      ok: false,
      message: 'Fältet "Motivering" krävs enligt lag och kan inte byta tekniskt namn.',
    });
  });

  it('refuses to remove an alternative of a locked choice, but may add and relabel them', () => {
    const form = shippedForm('lex-sarah-beslut');
    const draft = draftOf(form, 'klassificering');
    const options = draft.options ?? [];
    expect(updateField(form, 'klassificering', { ...draft, options: options.slice(1) }, beslutLocked)).toEqual({
      ok: false,
      message: 'Fältet "Klassificering" krävs enligt lag: alternativet "Inte ett missförhållande" kan inte tas bort.',
    });
    const more = [...options.map((o, i) => (i === 1 ? { ...o, label: 'Ett missförhållande' } : o)), { value: 'oklart', label: 'Oklart' }];
    const out = updated(updateField(form, 'klassificering', { ...draft, options: more }, beslutLocked));
    expect(prop(out, 'klassificering')?.oneOf).toEqual(more.map((o) => ({ const: o.value, title: o.label })));
    expect(out.schema.if).toEqual(form.schema.if);
  });

  it('protects fields and values the conditions use, even when not locked', () => {
    const form = shippedForm('lex-sarah-beslut');
    const draft = draftOf(form, 'klassificering');
    expect(updateField(form, 'klassificering', { ...draft, options: (draft.options ?? []).slice(1) }, none)).toEqual({
      ok: false,
      message:
        'Alternativet "Inte ett missförhållande" i fältet "Klassificering" används i ett villkor i formuläret och kan inte tas bort.',
    });
    expect(updateField(form, 'allvarligt', { ...draftOf(form, 'allvarligt'), type: 'text' }, none)).toEqual({
      ok: false,
      message: 'Fältet "Är det allvarligt?" används i ett villkor i formuläret och kan inte byta typ.',
    });
    // Not compared by any condition: may go.
    const without = (draft.options ?? []).filter((o) => o.value !== 'pataglig_risk');
    expect(updateField(form, 'klassificering', { ...draft, options: without }, none).ok).toBe(true);
  });

  it('makes an optional field required and back, keeping required in order', () => {
    const form = shippedForm('avvikelse-rapport');
    const draft = draftOf(form, 'enskildReferens');
    const required = updated(updateField(form, 'enskildReferens', { ...draft, required: true }, none));
    expect(required.schema.required).toEqual([...(form.schema.required as string[]), 'enskildReferens']);
    const optional = updated(updateField(required, 'enskildReferens', { ...draft, required: false }, none));
    expect(optional.schema.required).toEqual(form.schema.required);
  });

  it('sets and drops minItems when a multichoice becomes required or optional', () => {
    const form = shippedForm('avvikelse-rapport');
    const draft = draftOf(form, 'informerade');
    const optional = updated(updateField(form, 'informerade', { ...draft, required: false }, none));
    expect(prop(optional, 'informerade')?.minItems).toBe(0);
    const required = updated(updateField(optional, 'informerade', { ...draft, required: true }, none));
    expect(prop(required, 'informerade')?.minItems).toBe(1);
    const again = updated(updateField(required, 'informerade', { ...draft, required: false }, none));
    expect(prop(again, 'informerade')).not.toHaveProperty('minItems');
    const relabelled = updated(
      updateField(form, 'informerade', { ...draft, options: [...(draft.options ?? []), { value: 'polisen', label: 'Polisen' }] }, none),
    );
    expect((prop(relabelled, 'informerade')?.items as Record<string, unknown>).title).toBe('Mottagare');
    expect(out(relabelled)).toContain('polisen');
    function out(f: FormSpec): string[] {
      return ((prop(f, 'informerade')?.items as { oneOf: { const: string }[] }).oneOf ?? []).map((o) => o.const);
    }
  });

  it('changes the type of an unlocked field with a fresh schema and widget', () => {
    const form = shippedForm('avvikelse-avslut');
    const draft: FieldDraft = {
      ...draftOf(form, 'avslutsanteckning'),
      type: 'choice',
      options: [
        { value: 'ja', label: 'Ja, avslutad' },
        { value: 'nej', label: 'Nej' },
      ],
    };
    const out = updated(updateField(form, 'avslutsanteckning', draft, none));
    expect(prop(out, 'avslutsanteckning')).toEqual({
      type: 'string',
      title: draft.label,
      ...(draft.help ? { description: draft.help } : {}),
      oneOf: [
        { const: 'ja', title: 'Ja, avslutad' },
        { const: 'nej', title: 'Nej' },
      ],
    });
    expect(out.ui?.avslutsanteckning).toEqual({ 'ui:widget': 'radio' });
    const back = updated(updateField(out, 'avslutsanteckning', { ...draft, type: 'date' }, none));
    expect(back.ui?.avslutsanteckning).toBeUndefined();
    expect(prop(back, 'avslutsanteckning')).toMatchObject({ type: 'string', format: 'date' });
  });

  it('renames an unlocked field in place everywhere', () => {
    const form = deepFreeze(shippedForm('avvikelse-rapport'));
    const out = updated(updateField(form, 'lagrum', { ...draftOf(form, 'lagrum'), name: 'lag' }, none));
    const names = Object.keys(out.schema.properties as object);
    expect(names.indexOf('lag')).toBe(Object.keys(form.schema.properties as object).indexOf('lagrum'));
    expect(names).not.toContain('lagrum');
    expect(out.schema.required).toContain('lag');
    expect(out.schema.required).not.toContain('lagrum');
    expect(out.ui?.lag).toEqual({ 'ui:widget': 'radio' });
    expect(out.ui?.lagrum).toBeUndefined();
    expect((out.ui?.['ui:order'] as string[])[2]).toBe('lag');
    expect(updateField(form, 'lagrum', { ...draftOf(form, 'lagrum'), name: 'kategori' }, none)).toMatchObject({
      ok: false,
      message: expect.stringContaining('används redan av fältet "Kategori"'),
    });
  });

  it('refuses fields it cannot represent and fields that do not exist', () => {
    const form = shippedForm('lex-sarah-beslut');
    const draft: FieldDraft = { name: 'beslutsfattare', label: 'Beslutsfattare', type: 'text', required: true };
    expect(updateField(form, 'beslutsfattare', draft, none)).toEqual({
      ok: false,
      message: 'Fältet "Beslutsfattare" (grupp av fält) kan inte ändras i den enkla fältredigeraren.',
    });
    expect(updateField(form, 'saknas', draft, none)).toEqual({ ok: false, message: 'Fältet "saknas" finns inte i formuläret.' });
  });

  it('refuses an invalid draft with the validation message', () => {
    const form = shippedForm('lex-sarah-beslut');
    expect(updateField(form, 'motivering', { ...draftOf(form, 'motivering'), label: '' }, beslutLocked)).toEqual({
      ok: false,
      message: 'Ange en etikett för fältet "motivering". Etiketten är frågan eller rubriken som användaren ser.',
    });
  });
});
