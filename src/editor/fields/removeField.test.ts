import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { removeField } from './removeField';
import { deepFreeze, shippedForm } from '../../../test/support/testForms';

const beslutLocked: ReadonlySet<string> = new Set(['klassificering', 'allvarligt', 'motivering']);

function removed(form: FormSpec, name: string, locked: ReadonlySet<string> = new Set()): FormSpec {
  const result = removeField(form, name, locked);
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

describe('removeField', () => {
  it('removes the property, its required entry, its ui entry and its place in ui:order', () => {
    const form = deepFreeze(shippedForm('avvikelse-rapport'));
    const out = removed(form, 'lagrum');
    expect(Object.keys(out.schema.properties as object)).not.toContain('lagrum');
    expect(out.schema.required).not.toContain('lagrum');
    expect(out.ui?.lagrum).toBeUndefined();
    expect(out.ui?.['ui:order']).toEqual([
      'handelseDatum',
      'upptacktDatum',
      'kategori',
      'handelse',
      'konsekvens',
      'omedelbarAtgard',
      'informerade',
      'enskildReferens',
      'inblandade',
    ]);
    expect(out.ui?.kategori).toEqual(form.ui?.kategori);
    expect(form.schema.required).toContain('lagrum');
    expect((form.schema.properties as Record<string, unknown>).lagrum).toBeDefined();
  });

  it('may remove a read-only field that is not locked', () => {
    const out = removed(shippedForm('avvikelse-rapport'), 'inblandade');
    expect(out.ui?.inblandade).toBeUndefined();
    expect((out.schema.properties as Record<string, unknown>).inblandade).toBeUndefined();
  });

  it('keeps if/then and the other keywords', () => {
    const form = shippedForm('lex-sarah-beslut');
    const out = removed(form, 'beslutsfattare', beslutLocked);
    expect(out.schema.if).toEqual(form.schema.if);
    expect(out.schema.then).toEqual(form.schema.then);
    expect(out.schema.$id).toBe(form.schema.$id);
    expect(out.schema.additionalProperties).toBe(false);
    expect(out.schema.required).toEqual(['klassificering', 'allvarligt', 'motivering', 'beslutsdatum']);
  });

  it('refuses to remove a field the law requires', () => {
    const form = deepFreeze(shippedForm('lex-sarah-beslut'));
    expect(removeField(form, 'motivering', beslutLocked)).toEqual({
      ok: false,
      message: 'Fältet "Motivering" krävs enligt lag och kan inte tas bort.',
    });
  });

  it('refuses to remove a field a condition refers to, and removes a field shown on an answer with its condition', () => {
    expect(removeField(shippedForm('lex-sarah-omedelbara-atgarder'), 'behovs', new Set())).toEqual({
      ok: false,
      message:
        'Fältet "Behövdes omedelbara åtgärder för att skydda den enskilde?" används i ett villkor i formuläret och kan inte tas bort här.',
    });
    const removed = removeField(shippedForm('lex-sarah-omedelbara-atgarder'), 'motivering', new Set());
    expect(removed.ok && JSON.stringify(removed.form.schema).includes('motivering')).toBe(false);
  });

  it('refuses a field that does not exist (also inherited names)', () => {
    expect(removeField(shippedForm('lex-sarah-beslut'), 'saknas', new Set())).toEqual({
      ok: false,
      message: 'Fältet "saknas" finns inte i formuläret.',
    });
    expect(removeField(shippedForm('lex-sarah-beslut'), 'toString', new Set()).ok).toBe(false);
  });

  it('drops an empty required list', () => {
    const form: FormSpec = { id: 'x', schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } };
    expect(removed(form, 'a').schema).toEqual({ type: 'object', properties: {} });
    expect(removed(form, 'a').ui).toBeUndefined();
  });
});
