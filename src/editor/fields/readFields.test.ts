import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { conditionalFields, conditionalReferences } from './conditionalFields';
import { fieldOrder } from './fieldOrder';
import { readFields } from './readFields';
import { shippedForm } from '../../../test/support/testForms';

describe('readFields', () => {
  it('reads the fields of lex-sarah-beslut in ui:order with their types', () => {
    const fields = readFields(shippedForm('lex-sarah-beslut'));
    expect(fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['klassificering', 'choice', true],
      ['allvarligt', 'boolean', true],
      ['motivering', 'textarea', true],
      ['beslutsdatum', 'date', true],
      ['beslutsfattare', 'other', true],
    ]);
    expect(fields[0]).toMatchObject({
      label: 'Klassificering',
      options: [
        { value: 'inte_missforhallande', label: 'Inte ett missförhållande' },
        { value: 'missforhallande', label: 'Missförhållande' },
        { value: 'pataglig_risk', label: 'Påtaglig risk för missförhållande' },
      ],
    });
    expect(fields[2]?.help).toMatch(/^Motivera bedömningen/);
    expect(fields[4]).toMatchObject({ type: 'other', kind: 'Grupp av fält' });
  });

  it('reads multichoice, short text and lists of rows (read-only)', () => {
    const fields = readFields(shippedForm('avvikelse-rapport'));
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('informerade')).toMatchObject({ type: 'multichoice', required: true });
    expect(byName.get('informerade')?.type === 'multichoice' && byName.get('informerade')).toMatchObject({
      options: expect.arrayContaining([{ value: 'anhorig', label: 'Anhörig' }]),
    });
    expect(byName.get('enskildReferens')).toMatchObject({ type: 'text', required: false });
    expect(byName.get('inblandade')).toMatchObject({ type: 'other', kind: 'Lista med rader' });
    expect(byName.get('kategori')).toMatchObject({ type: 'choice' });
  });

  it('shows date-time, number choices and hidden fields as read-only kinds', () => {
    const kinds = (id: string) =>
      Object.fromEntries(readFields(shippedForm(id)).map((f) => [f.name, f.type === 'other' ? f.kind : f.type]));
    expect(kinds('lex-sarah-rapport').handelseTidpunkt).toBe('Datum och tid');
    expect(kinds('avvikelse-bedomning').konsekvens).toBe('Val bland tal');
  });

  it('follows ui:order with a wildcard, and falls back to schema order without ui:order', () => {
    const form: FormSpec = {
      id: 't',
      schema: {
        type: 'object',
        properties: { a: { type: 'number' }, b: { type: 'number' }, c: { type: 'number' }, d: { type: 'number' } },
      },
      ui: { 'ui:order': ['c', '*', 'a', 'okand'] },
    };
    expect(fieldOrder(form)).toEqual(['c', 'b', 'd', 'a']);
    expect(readFields({ ...form, ui: undefined }).map((f) => f.name)).toEqual(['a', 'b', 'c', 'd']);
    expect(readFields(form)[0]).toEqual({ name: 'c', label: 'c', required: false, type: 'number' });
  });
});

describe('conditionalReferences', () => {
  it('finds the fields and compared values of if/then and allOf', () => {
    const beslut = conditionalReferences(shippedForm('lex-sarah-beslut').schema);
    expect([...beslut.keys()].sort()).toEqual(['allvarligt', 'klassificering']);
    expect(beslut.get('klassificering')).toContain('inte_missforhallande');
    // The text shown on "nej" is no condition of its own (see shownWhen.ts); the list the "ja" branch constrains is.
    expect([...conditionalFields(shippedForm('lex-sarah-omedelbara-atgarder'))].sort()).toEqual(['atgarder', 'behovs']);
    expect(conditionalFields(shippedForm('avvikelse-rapport')).size).toBe(0);
  });
});
