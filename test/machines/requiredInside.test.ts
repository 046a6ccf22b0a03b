import { describe, expect, it } from 'vitest';
import { verifyDefinition } from '../../src/engine/internal';
import type { ProcessCatalog } from '../../src/engine/internal';
import { shippedDefinition } from '../support/catalog';
import { catalog, validator } from '../support/world';
import { headlineOf } from '../support/headline';

type Schema = Record<string, unknown> & { properties: Record<string, Schema>; required?: string[]; items?: Schema };

/** The shipped catalog with one form's schema changed by `edit`. */
function withForm(formId: string, edit: (schema: Schema) => void): ProcessCatalog {
  const base = catalog();
  const schema = structuredClone(base.forms[formId]!.schema) as Schema;
  edit(schema);
  return { ...base, forms: { ...base.forms, [formId]: { ...base.forms[formId]!, schema } } };
}

function messages(defId: string, cat: ProcessCatalog): string[] {
  const result = verifyDefinition(shippedDefinition(defId), { catalog: cat, validator });
  expect(result.ok).toBe(false);
  return result.violations.filter((v) => v.code === 'missing_required_field').map((v) => headlineOf(v.message));
}

const drop = (list: string[] | undefined, name: string) => (list ?? []).filter((n) => n !== name);

describe('the verifier checks required fields inside objects and array rows (issue 11, item 5)', () => {
  it('refuses an utredning whose rows no longer need an author, a date or a source', () => {
    const cat = withForm('lex-sarah-utredning', (s) => {
      const row = s.properties.underlag!.items!;
      row.required = drop(drop(drop(row.required, 'forfattare'), 'datum'), 'kalla');
    });
    expect(messages('lex-sarah', cat)).toEqual([
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "Underlag › varje rad › Datum" som krävt fält.',
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "Underlag › varje rad › Källa" som krävt fält.',
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "Underlag › varje rad › Skriven av" som krävt fält.',
    ]);
  });

  it('refuses an author without a title, and an utredning that may have no rows at all', () => {
    const cat = withForm('lex-sarah-utredning', (s) => {
      const underlag = s.properties.underlag!;
      underlag.minItems = 0;
      const author = underlag.items!.properties.forfattare!;
      author.required = drop(author.required, 'titel');
    });
    expect(messages('lex-sarah', cat)).toEqual([
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "Underlag (minst en rad)" som krävt fält.',
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "Underlag › varje rad › Skriven av › Titel" som krävt fält.',
    ]);
  });

  it("refuses a beslut without the decision maker's name and a riskvärdering without probability", () => {
    const beslut = withForm('lex-sarah-beslut-2', (s) => {
      s.properties.beslutsfattare!.required = drop(s.properties.beslutsfattare!.required, 'namn');
    });
    expect(messages('lex-sarah', beslut)).toEqual([
      'Formuläret för "Beslut" måste ha det obligatoriska fältet "Beslutsfattare › Namn" som krävt fält.',
    ]);
    const vardera = withForm('riskanalys-vardera', (s) => {
      const row = s.properties.varderingar!.items!;
      row.required = drop(row.required, 'sannolikhet');
    });
    expect(messages('riskanalys', vardera)).toEqual([
      'Formuläret för "Värdera risker" måste ha det obligatoriska fältet "Värderingar › varje rad › Sannolikhet" som krävt fält.',
    ]);
  });
});
