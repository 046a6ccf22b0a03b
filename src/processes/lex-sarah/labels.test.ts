import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bedomningText, KLASSIFICERING_LABELS } from './labels';

const forms = join(import.meta.dirname, '..', '..', '..', 'forms');
const options = (form: string, field: string): Record<string, string> => {
  const schema = JSON.parse(readFileSync(join(forms, form, 'schema.json'), 'utf8')) as {
    properties: Record<string, { oneOf: { const: string; title: string }[] }>;
  };
  return Object.fromEntries(schema.properties[field]!.oneOf.map((o) => [o.const, o.title]));
};

describe('lex Sarah labels', () => {
  it('are the titles the forms show', () => {
    expect(KLASSIFICERING_LABELS).toEqual(options('lex-sarah-beslut', 'klassificering'));
    expect(KLASSIFICERING_LABELS).toEqual(options('lex-sarah-bedomning', 'klassificering'));
  });

  it('say where a bedömning comes from', () => {
    expect(bedomningText({ klassificering: 'pataglig_risk', allvarligt: false, kalla: 'forslag' })).toBe(
      'Påtaglig risk för missförhållande, inte allvarligt (förslag, beslut saknas)',
    );
    expect(bedomningText({ klassificering: undefined, allvarligt: undefined, kalla: 'saknas' })).toBe('Inte bedömd');
  });
});
