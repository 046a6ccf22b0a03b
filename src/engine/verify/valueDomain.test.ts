import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { fieldSchema, valueAllowed } from './valueDomain';

const validator = createAjvValidator();
const yesNo = {
  type: 'boolean',
  oneOf: [
    { const: true, title: 'Ja' },
    { const: false, title: 'Nej' },
  ],
};

describe('may a filled-in form give a field a value', () => {
  it("reads the field's own options", () => {
    const schema = { type: 'object', properties: { allvarligt: yesNo } };
    expect(valueAllowed(schema, 'allvarligt', true, validator)).toBe(true);
    const onlyNo = { type: 'object', properties: { allvarligt: { type: 'boolean', const: false } } };
    expect(valueAllowed(onlyNo, 'allvarligt', true, validator)).toBe(false);
  });

  it(
    'keeps a value that a condition on another field narrows only sometimes (the beslut: "inte ett missförhållande" is never ' +
      'allvarligt)',
    () => {
      const schema = {
        type: 'object',
        properties: { klassificering: { enum: ['inte_missforhallande', 'missforhallande'] }, allvarligt: yesNo },
        required: ['klassificering', 'allvarligt'],
        allOf: [
          {
            if: { properties: { klassificering: { const: 'inte_missforhallande' } }, required: ['klassificering'] },
            then: { properties: { allvarligt: { const: false } } },
          },
        ],
      };
      expect(valueAllowed(schema, 'allvarligt', true, validator)).toBe(true);
    },
  );

  it('finds a narrowing hidden behind a condition every filled-in form meets', () => {
    const schema = {
      type: 'object',
      properties: { bekraftat: { const: true }, allvarligt: yesNo },
      required: ['bekraftat', 'allvarligt'],
      if: { properties: { bekraftat: { const: true } }, required: ['bekraftat'] },
      then: { properties: { allvarligt: { const: false } } },
    };
    expect(valueAllowed(schema, 'allvarligt', true, validator)).toBe(false);
    expect(valueAllowed(schema, 'allvarligt', false, validator)).toBe(true);
  });

  it('finds a contradiction in a condition on the field itself', () => {
    const schema = {
      type: 'object',
      properties: { allvarligt: yesNo },
      if: { properties: { allvarligt: { const: true } }, required: ['allvarligt'] },
      then: { properties: { allvarligt: { const: false } } },
    };
    expect(valueAllowed(schema, 'allvarligt', true, validator)).toBe(false);
  });

  it('uses the else branch when the condition can fail', () => {
    const schema = {
      type: 'object',
      properties: { typ: { enum: ['a', 'b'] }, vag: { enum: ['lokal', 'mas'] } },
      required: ['typ'],
      if: { properties: { typ: { const: 'a' } } },
      then: { properties: { vag: { const: 'lokal' } } },
      else: { properties: { vag: { enum: ['lokal', 'mas'] } } },
    };
    expect(valueAllowed(schema, 'vag', 'mas', validator)).toBe(true);
  });
});

describe('where a form always has a field', () => {
  it('finds properties and allOf members, nested and in rows, but not a field shown only under a condition', () => {
    const schema = {
      properties: { rows: { type: 'array', items: { properties: { anvandarId: { type: 'string' } } } } },
      allOf: [{ properties: { extra: { type: 'string' } } }],
      if: { properties: { x: { const: 1 } } },
      then: { properties: { conditional: { type: 'string' } } },
    };
    expect(fieldSchema(schema, 'rows[].anvandarId')).toEqual({ type: 'string' });
    expect(fieldSchema(schema, 'extra')).toEqual({ type: 'string' });
    expect(fieldSchema(schema, 'conditional')).toBeUndefined();
    expect(fieldSchema(schema, 'rows[].namn')).toBeUndefined();
  });
});
