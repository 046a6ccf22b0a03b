import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { visibleSchema, withoutHidden } from './visibleSchema';

/** The åtgärd forms' pattern: "inga åtgärder" empties the required list, which must then be sent as [], not left out. */
const schema = {
  type: 'object',
  required: ['ingaAtgarder', 'atgarder'],
  properties: { ingaAtgarder: { type: 'boolean' }, atgarder: { type: 'array', items: { type: 'string' } }, motivering: { type: 'string' } },
  allOf: [
    {
      if: { properties: { ingaAtgarder: { const: true } }, required: ['ingaAtgarder'] },
      then: { required: ['motivering'], properties: { atgarder: { type: 'array', maxItems: 0 } } },
    },
    {
      if: { properties: { ingaAtgarder: { const: false } }, required: ['ingaAtgarder'] },
      then: { properties: { atgarder: { type: 'array', minItems: 1 } } },
    },
  ],
};
const ajv = new Ajv();
const isValid = (s: Record<string, unknown>, d: unknown) => ajv.validate(s, d) as boolean;

describe('visibleSchema', () => {
  it('hides the list "inga åtgärder" empties, and sends it as an empty list so the answer is valid', () => {
    const typed = { ingaAtgarder: true, atgarder: ['något som skrevs innan'], motivering: 'Inget behöver göras.' };
    const shown = visibleSchema(schema, typed, isValid);
    expect(Object.keys(shown.schema.properties as object)).toEqual(['ingaAtgarder', 'atgarder', 'motivering']);
    expect(shown.emptied).toEqual(new Set(['atgarder']));
    const sent = withoutHidden(typed, shown);
    expect(ajv.validate({ ...shown.schema, additionalProperties: false }, sent)).toBe(true);
    expect(sent).toEqual({ ingaAtgarder: true, motivering: 'Inget behöver göras.', atgarder: [] });
    expect(ajv.validate(schema, sent)).toBe(true);
  });

  it('shows the list again, and hides the motivering, when there are åtgärder', () => {
    const shown = visibleSchema(schema, { ingaAtgarder: false }, isValid);
    expect(Object.keys(shown.schema.properties as object)).toEqual(['ingaAtgarder', 'atgarder']);
    expect(withoutHidden({ ingaAtgarder: false, atgarder: ['a'], motivering: 'kvar från förut' }, shown)).toEqual({
      ingaAtgarder: false,
      atgarder: ['a'],
    });
  });
});
