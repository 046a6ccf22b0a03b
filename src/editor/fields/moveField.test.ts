import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { moveField, moveFieldTo } from './moveField';
import { readFields } from './readFields';
import { deepFreeze, shippedForm } from '../../../test/support/testForms';

function moved(form: FormSpec, name: string, delta: -1 | 1): FormSpec {
  const result = moveField(form, name, delta);
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

describe('moveField', () => {
  it('moves a field up and down in ui:order', () => {
    const form = deepFreeze(shippedForm('lex-sarah-beslut'));
    const up = moved(form, 'beslutsdatum', -1);
    expect(up.ui?.['ui:order']).toEqual(['klassificering', 'allvarligt', 'beslutsdatum', 'motivering', 'beslutsfattare']);
    const down = moved(up, 'klassificering', 1);
    expect(readFields(down).map((f) => f.name)).toEqual(['allvarligt', 'klassificering', 'beslutsdatum', 'motivering', 'beslutsfattare']);
    expect(form.ui?.['ui:order']).toEqual(['klassificering', 'allvarligt', 'motivering', 'beslutsdatum', 'beslutsfattare']);
  });

  it('moves a field to a place at once, and refuses a place the form does not have (issue 27)', () => {
    const form = deepFreeze(shippedForm('lex-sarah-beslut'));
    const r = moveFieldTo(form, 'beslutsfattare', 0);
    if (!r.ok) throw new Error(r.message);
    expect(readFields(r.form).map((f) => f.name)).toEqual(['beslutsfattare', 'klassificering', 'allvarligt', 'motivering', 'beslutsdatum']);
    expect(moveFieldTo(form, 'beslutsfattare', 5)).toEqual({ ok: false, message: 'Plats 6 finns inte: formuläret har 5 fält.' });
  });

  it('changes only the uiSchema and keeps its other entries', () => {
    const form = shippedForm('lex-sarah-beslut');
    const out = moved(form, 'motivering', 1);
    expect(out.schema).toBe(form.schema);
    expect(out.ui).not.toBe(form.ui);
    expect(out.ui?.beslutsfattare).toEqual(form.ui?.beslutsfattare);
  });

  it('refuses to move past the ends, naming the field', () => {
    const form = shippedForm('lex-sarah-beslut');
    expect(moveField(form, 'klassificering', -1)).toEqual({
      ok: false,
      message: 'Fältet "Klassificering" är redan först och kan inte flyttas upp.',
    });
    expect(moveField(form, 'beslutsfattare', 1)).toEqual({
      ok: false,
      message: 'Fältet "Beslutsfattare" är redan sist och kan inte flyttas ner.',
    });
    expect(moveField(form, 'saknas', 1)).toEqual({ ok: false, message: 'Fältet "saknas" finns inte i formuläret.' });
  });

  it('writes a full ui:order when there was none, and keeps a wildcard', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } } };
    expect(moved({ id: 'x', schema }, 'c', -1).ui).toEqual({ 'ui:order': ['a', 'c', 'b'] });
    expect(moved({ id: 'x', schema, ui: { 'ui:order': ['b', '*'] } }, 'a', 1).ui).toEqual({ 'ui:order': ['b', 'c', 'a', '*'] });
  });
});
