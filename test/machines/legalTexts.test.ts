import { describe, expect, it } from 'vitest';
import { loadDefinition, withLegalTexts } from '../../src/engine/internal';
import type { ProcessDefinition } from '../../src/engine/internal';
import { legalKeysIn } from '../../src/engine/definition/legalTexts';
import { loadShippedDefinitions, newestShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';
import { REGISTRY } from '../../src/processes/packs';

/** Every string in a JSON value with where it is, e.g. `properties.kategori.description`. */
function textsOf(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsOf(v, at ? `${at}.${k}` : k));
  return [];
}

/** The forms a definition's steps and commands use. */
function formsOf(d: ProcessDefinition): string[] {
  const found = new Set(Object.values(d.commands).map((c) => c.form));
  const walk = (states: Record<string, { meta?: { form?: string }; states?: Record<string, unknown> }>) => {
    for (const s of Object.values(states)) {
      if (s.meta?.form) found.add(s.meta.form);
      if (s.states) walk(s.states as typeof states);
    }
  };
  walk(d.machine.states as Parameters<typeof walk>[0]);
  return [...found];
}

// Lex Maria's definition and forms are rewritten in the same issue (item 3, its own change); its texts join this rule there.
const ELSEWHERE = new Set(['lex-maria']);
const PARAGRAPH = /§/;

describe('paragraph numbers come from the legal reference table (issue 25, item 5)', () => {
  const current = newestShippedDefinitions().filter((d) => !ELSEWHERE.has(d.id));
  const forms = catalog().forms;

  it('are written in no text of a current definition or of the forms it uses', () => {
    const found = current.flatMap((d) => [
      ...textsOf(d)
        .filter(([, t]) => PARAGRAPH.test(t))
        .map(([at]) => `${d.id} v${d.version}: ${at}`),
      ...formsOf(d)
        .filter((id) => !id.startsWith('lex-maria-'))
        .flatMap((id) =>
          textsOf({ schema: forms[id]!.schema, ui: forms[id]!.ui })
            .filter(([, t]) => PARAGRAPH.test(t))
            .map(([at]) => `forms/${id}: ${at}`),
        ),
    ]);
    expect(found).toEqual([]);
  });

  it('are written in no Ny rapport text of a pack', () => {
    const found = REGISTRY.packs.flatMap((p) =>
      textsOf(p.nyRapport)
        .filter(([, t]) => PARAGRAPH.test(t))
        .map(([at]) => `${p.type}: ${at}`),
    );
    expect(found).toEqual([]);
  });

  it('names only references the table has, in every shipped definition and form, and words them from it', () => {
    const { legalReferences } = catalog();
    const named = [...loadShippedDefinitions(), ...Object.values(forms)].flatMap((x) => legalKeysIn(x));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((k) => !legalReferences[k])).toEqual([]);
    const register = withLegalTexts(forms['riskregister-upprattande']!.schema, legalReferences);
    expect(register.description).toContain('(SOSFS 2011:9, 5 kap. 1 §)');
    expect(JSON.stringify(register)).not.toContain('{lagrum:');
  });

  it('refuses to load a definition or a form whose text names a reference the table lacks', () => {
    const d = structuredClone(current.find((x) => x.id === 'riskregister')!);
    const cat = catalog();
    const unknown = loadDefinition({ ...d, description: 'Enligt {lagrum:sol-14-kap-3}.' }, cat, validator);
    expect(unknown.ok || unknown.errors).toEqual([
      'En text i definitionen hänvisar till lagrummet "sol-14-kap-3", som inte finns i lagrumstabellen.',
    ]);
    const form = cat.forms['riskregister-upprattande']!;
    const badForm = { ...cat, forms: { ...cat.forms, [form.id]: { ...form, schema: { ...form.schema, description: '{lagrum:x}' } } } };
    const refused = loadDefinition(d, badForm, validator);
    expect(refused.ok || refused.errors).toEqual([
      'Formuläret "riskregister-upprattande" hänvisar till lagrummet "x", som inte finns i lagrumstabellen.',
    ]);
    expect(loadDefinition(d, cat, validator).ok).toBe(true);
  });
});
