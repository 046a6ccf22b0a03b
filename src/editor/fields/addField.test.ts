import { describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { addField } from './addField';
import type { EditResult, FieldDraft } from './fieldTypes';
import { deepFreeze, drafts, shippedForm } from '../../../test/support/testForms';

const none: ReadonlySet<string> = new Set();

function added(result: EditResult): FormSpec {
  if (!result.ok) throw new Error(result.message);
  return result.form;
}

function refusal(result: EditResult): string {
  if (result.ok) throw new Error('Ändringen godtogs men borde ha nekats');
  return result.message;
}

describe('addField', () => {
  it('adds each type following the forms conventions', () => {
    const form = deepFreeze(shippedForm('avvikelse-avslut'));
    const props = (draft: FieldDraft) => {
      const out = added(addField(form, draft, none));
      return { schema: (out.schema.properties as Record<string, unknown>)[draft.name], ui: out.ui?.[draft.name] };
    };
    expect(props(drafts.text)).toEqual({ schema: { type: 'string', title: 'Kort svar', minLength: 1, maxLength: 200 }, ui: undefined });
    expect(props(drafts.textarea)).toEqual({
      schema: { type: 'string', title: 'Långt svar', description: 'Beskriv med egna ord.', minLength: 1, maxLength: 4000 },
      ui: { 'ui:widget': 'textarea' },
    });
    expect(props(drafts.date)).toEqual({ schema: { type: 'string', title: 'Datum för samtal', format: 'date' }, ui: undefined });
    expect(props(drafts.number)).toEqual({ schema: { type: 'number', title: 'Antal berörda' }, ui: undefined });
    expect(props(drafts.boolean)).toEqual({
      schema: {
        type: 'boolean',
        title: 'Har anhöriga informerats?',
        oneOf: [
          { const: true, title: 'Ja' },
          { const: false, title: 'Nej' },
        ],
      },
      ui: { 'ui:widget': 'radio' },
    });
    expect(props(drafts.choice)).toEqual({
      schema: {
        type: 'string',
        title: 'Skift',
        oneOf: [
          { const: 'dag', title: 'Dag' },
          { const: 'kvall', title: 'Kväll' },
          { const: 'natt', title: 'Natt' },
        ],
      },
      ui: { 'ui:widget': 'radio' },
    });
    expect(props(drafts.multichoice)).toEqual({
      schema: {
        type: 'array',
        title: 'Berörda verksamheter',
        items: {
          type: 'string',
          oneOf: [
            { const: 'hemtjanst', title: 'Hemtjänst' },
            { const: 'sarskilt_boende', title: 'Särskilt boende' },
          ],
        },
        uniqueItems: true,
        default: [],
      },
      ui: { 'ui:widget': 'checkboxes' },
    });
  });

  it('shows a choice with many alternatives as a list, and a required multichoice needs one answer', () => {
    const form = shippedForm('avvikelse-avslut');
    const many = { ...drafts.choice, options: 'ABCDEFG'.split('').map((c) => ({ value: c.toLowerCase(), label: c })) };
    expect(added(addField(form, many, none)).ui?.nyttChoice).toBeUndefined();
    const required = added(addField(form, { ...drafts.multichoice, required: true }, none));
    expect((required.schema.properties as Record<string, Record<string, unknown>>).nyttMultichoice?.minItems).toBe(1);
  });

  it('puts the field last in ui:order and in required when required', () => {
    const form = shippedForm('lex-sarah-beslut');
    const out = added(addField(form, { ...drafts.date, required: true }, none));
    expect(out.ui?.['ui:order']).toEqual(['klassificering', 'allvarligt', 'motivering', 'beslutsdatum', 'beslutsfattare', 'nyttDate']);
    expect(out.schema.required).toEqual(['klassificering', 'allvarligt', 'motivering', 'beslutsdatum', 'beslutsfattare', 'nyttDate']);
    const optional = added(addField(form, drafts.date, none));
    expect(optional.schema.required).toEqual(form.schema.required);
  });

  it('keeps if/then, allOf, $id, title and the other fields untouched', () => {
    const beslut = shippedForm('lex-sarah-beslut');
    const out = added(addField(beslut, drafts.text, none));
    const { properties: _p, ...rest } = out.schema;
    const { properties: _q, ...before } = beslut.schema;
    expect(rest).toEqual(before);
    expect(out.schema.if).toEqual(beslut.schema.if);
    expect(out.schema.then).toEqual(beslut.schema.then);
    expect(out.schema.$id).toBe('kf:form:lex-sarah-beslut');
    for (const [name, property] of Object.entries(beslut.schema.properties as object)) {
      expect((out.schema.properties as Record<string, unknown>)[name]).toEqual(property);
    }
    const omedelbara = shippedForm('lex-sarah-omedelbara-atgarder');
    expect(added(addField(omedelbara, drafts.text, none)).schema.allOf).toEqual(omedelbara.schema.allOf);
    expect(out.id).toBe('lex-sarah-beslut');
    expect(out.examples).toEqual(beslut.examples);
  });

  it('does not change the input form', () => {
    const form = shippedForm('lex-sarah-beslut');
    const before = JSON.stringify(form);
    const out = added(addField(deepFreeze(form), { ...drafts.choice, required: true }, none));
    expect(JSON.stringify(form)).toBe(before);
    expect(out.schema).not.toBe(form.schema);
    expect(out.ui).not.toBe(form.ui);
  });

  it('creates the uiSchema when the form has none', () => {
    const form: FormSpec = { id: 'x', schema: { type: 'object', properties: { a: { type: 'string', title: 'A' } } } };
    const out = added(addField(form, drafts.textarea, none));
    expect(out.ui).toEqual({ 'ui:order': ['a', 'nyttTextarea'], nyttTextarea: { 'ui:widget': 'textarea' } });
  });

  it('refuses invalid and taken names with a suggestion', () => {
    const form = shippedForm('lex-sarah-beslut');
    const named = (name: string) => refusal(addField(form, { ...drafts.text, label: 'Övrig kommentar', name }, none));
    expect(named('')).toBe('Ange ett tekniskt namn för fältet "Övrig kommentar", till exempel "ovrigKommentar".');
    expect(named('Övrig')).toMatch(
      /^Det tekniska namnet "Övrig" för fältet "Övrig kommentar" går inte att använda\. Det ska börja med en liten bokstav a–z/,
    );
    expect(named('övrig')).toContain('Till exempel "ovrigKommentar"');
    expect(named('ovrig kommentar')).toContain('inga mellanslag, å, ä eller ö');
    expect(named('1kommentar')).toContain('går inte att använda');
    expect(named('ovrig_kommentar')).toContain('går inte att använda');
    expect(refusal(addField(form, { ...drafts.text, label: 'Motivering', name: 'motivering' }, none))).toBe(
      'Det tekniska namnet "motivering" används redan av fältet "Motivering". Välj ett annat namn för fältet "Motivering", till ' +
        'exempel "motivering2".',
    );
  });

  it('refuses an empty or too long label', () => {
    const form = shippedForm('lex-sarah-beslut');
    expect(refusal(addField(form, { ...drafts.text, label: '   ' }, none))).toBe(
      'Ange en etikett för fältet "nyttText". Etiketten är frågan eller rubriken som användaren ser.',
    );
    expect(refusal(addField(form, { ...drafts.text, label: 'x'.repeat(201) }, none))).toMatch(/är för lång: högst 200 tecken\.$/);
  });

  it('refuses choices with too few, empty or repeated alternatives', () => {
    const form = shippedForm('lex-sarah-beslut');
    const withOptions = (options: FieldDraft['options']) => refusal(addField(form, { ...drafts.choice, options }, none));
    expect(withOptions(undefined)).toBe('Fältet "Skift" behöver minst två alternativ att välja mellan (nu 0).');
    expect(withOptions([{ value: 'dag', label: 'Dag' }])).toBe('Fältet "Skift" behöver minst två alternativ att välja mellan (nu 1).');
    expect(
      withOptions([
        { value: 'dag', label: 'Dag' },
        { value: 'dag', label: 'Dagtid' },
      ]),
    ).toBe('Värdet "dag" finns flera gånger bland alternativen i fältet "Skift". Varje alternativ måste ha ett eget värde.');
    expect(
      withOptions([
        { value: 'dag', label: 'Dag' },
        { value: ' ', label: 'Kväll' },
      ]),
    ).toBe('Alternativ 2 i fältet "Skift" saknar värde.');
    expect(
      withOptions([
        { value: 'dag', label: '' },
        { value: 'kvall', label: 'Kväll' },
      ]),
    ).toBe('Alternativ 1 i fältet "Skift" saknar text.');
    expect(
      withOptions([
        { value: 'dag', label: 'Dag' },
        { value: 'dag2', label: 'Dag' },
      ]),
    ).toBe('Texten "Dag" finns flera gånger bland alternativen i fältet "Skift". Varje alternativ måste ha en egen text.');
    expect(refusal(addField(form, { ...drafts.multichoice, options: [] }, none))).toMatch(
      /^Fältet "Berörda verksamheter" behöver minst två alternativ/,
    );
  });

  it('refuses an unknown type', () => {
    const form = shippedForm('lex-sarah-beslut');
    const bad = { ...drafts.text, type: 'object' } as unknown as FieldDraft;
    expect(refusal(addField(form, bad, none))).toBe('Välj vilken typ av svar fältet "Kort svar" ska ha.');
  });

  it('refuses to add a field the law requires as optional', () => {
    const form = shippedForm('avvikelse-avslut');
    expect(refusal(addField(form, { ...drafts.text, name: 'sammanfattning', label: 'Sammanfattning' }, new Set(['sammanfattning'])))).toBe(
      'Fältet "Sammanfattning" krävs enligt lag och måste vara obligatoriskt.',
    );
    expect(
      addField(form, { ...drafts.text, name: 'sammanfattning', label: 'Sammanfattning', required: true }, new Set(['sammanfattning'])).ok,
    ).toBe(true);
  });
});
