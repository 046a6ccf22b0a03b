import { describe, expect, it } from 'vitest';
import { nobleHasher } from '../../adapters/system/nobleHasher';
import { shippedDefinition } from '../../../test/support/catalog';
import { catalog, validator } from '../../../test/support/world';
import { definitionFingerprint } from '../verify/fingerprint';
import { DefinitionRegistry } from './DefinitionRegistry';
import { ProvenRegistry } from './ProvenRegistry';

describe('DefinitionRegistry with a cache of proved definitions', () => {
  it('remembers a proof, and never lets the cache vouch for other content', () => {
    const proved = new Set<string>();
    const cache = { has: (f: string) => proved.has(f), add: (f: string) => void proved.add(f) };
    const lexSarah = shippedDefinition('lex-sarah');
    expect(new DefinitionRegistry(catalog(), validator, { cache, hasher: nobleHasher }).register(lexSarah).ok).toBe(true);
    expect(proved).toEqual(new Set([definitionFingerprint(lexSarah, catalog(), nobleHasher)]));

    // Same id and version, but Beslut given to the enhetschef: other content, other fingerprint, proved again and refused.
    const forged = structuredClone(lexSarah);
    forged.machine.states.handlaggning!.states!.utredningsspar!.states!.beslut!.meta!.role = 'enhetschef';
    const fresh = new DefinitionRegistry(catalog(), validator, { cache, hasher: nobleHasher });
    expect(fresh.register(forged).ok).toBe(false);
    expect(proved.size).toBe(1);
  });

  it('changes the fingerprint when a form the definition uses changes', () => {
    const lexSarah = shippedDefinition('lex-sarah');
    const before = definitionFingerprint(lexSarah, catalog(), nobleHasher);
    const forms = { ...catalog().forms };
    forms['lex-sarah-beslut-2'] = { ...forms['lex-sarah-beslut-2']!, schema: { ...forms['lex-sarah-beslut-2']!.schema, required: [] } };
    expect(definitionFingerprint(lexSarah, { ...catalog(), forms }, nobleHasher)).not.toBe(before);
  });
});

describe('DefinitionRegistry on the browser, before its validator has loaded', () => {
  it('registers versions the server proved, forms they bring included, without compiling a schema', () => {
    const compiled: unknown[] = [];
    const counting = { compile: (schema: object) => (compiled.push(schema), validator.compile(schema)) };
    const own = structuredClone(shippedDefinition('lex-sarah'));
    const form = catalog().forms['lex-sarah-beslut-2']!;
    own.forms = { 'lex-sarah-beslut-egen': { id: 'lex-sarah-beslut-egen', schema: form.schema, ui: form.ui } };

    const browser = new DefinitionRegistry(catalog(), counting);
    expect(browser.registerProven(own, { formatChecked: true }).ok).toBe(true);
    expect(compiled).toEqual([]);
    expect(browser.catalog.forms['lex-sarah-beslut-egen']).toBeDefined();

    // Without the sender's word the format and the brought form are compiled here.
    expect(new DefinitionRegistry(catalog(), counting).registerProven(own).ok).toBe(true);
    expect(compiled).toContain(form.schema);
  });

  it('registers before the bundled forms have loaded, reads them once they join, and still refuses a missing form unproven', () => {
    const lexSarah = shippedDefinition('lex-sarah');
    const bare = new DefinitionRegistry({ ...catalog(), forms: {} }, validator);
    const r = bare.registerProven(lexSarah, { formatChecked: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const submit = [...r.loaded.formOf].find(([, form]) => form === 'lex-sarah-beslut-2')![0];
    expect(r.loaded.schemaOf(submit)).toBeUndefined();

    const own = structuredClone(catalog().forms['lex-sarah-beslut-2']!);
    bare.addForms({ 'lex-sarah-beslut-2': own });
    bare.addForms(catalog().forms);
    expect(r.loaded.schemaOf(submit)).toBe(own.schema);
    expect(r.loaded.validators.get(submit)).toBeDefined();

    const refused = new DefinitionRegistry({ ...catalog(), forms: {} }, validator).registerProven(lexSarah);
    expect(refused.ok).toBe(false);
  });

  it('without the verifier takes only what the server proved: an unproven version is refused, not trusted', () => {
    const browser = new ProvenRegistry(catalog(), validator);
    const lexSarah = shippedDefinition('lex-sarah');
    expect(browser.prepare(lexSarah).ok).toBe(false);
    expect(browser.get(lexSarah.id, lexSarah.version)).toBeUndefined();
    expect(browser.registerProven(lexSarah).ok).toBe(true);
  });
});
