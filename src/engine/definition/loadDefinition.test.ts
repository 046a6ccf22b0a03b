import { describe, expect, it } from 'vitest';
import { loadShippedDefinitions, shippedDefinition } from '../../../test/support/catalog';
import { catalog, validator } from '../../../test/support/world';
import { loadDefinition } from './loadDefinition';

const lexSarah = () => structuredClone(shippedDefinition('lex-sarah'));

describe('loadDefinition', () => {
  it('loads the shipped definitions', () => {
    for (const d of loadShippedDefinitions()) expect(loadDefinition(d, catalog(), validator).ok).toBe(true);
  });

  it('rejects what the format does not allow (e.g. XState timers), in Swedish', () => {
    const def = lexSarah() as unknown as { machine: { states: { rapport: Record<string, unknown> } } };
    def.machine.states.rapport.after = { 1000: 'avslutad' };
    const r = loadDefinition(def, catalog(), validator);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^Definitionens format: .*innehåller uppgiften "after"/);
  });

  it('names unknown guards, forms, roles and targets', () => {
    const def = lexSarah();
    const rapport = def.machine.states.rapport!;
    rapport.meta!.form = 'finns-inte';
    (rapport.on!['rapport.submit'] as { guard: unknown; target: string }).guard = { type: 'isMagic' };
    (rapport.on!['rapport.submit'] as { target: string }).target = 'ingenstans';
    const r = loadDefinition(def, catalog(), validator);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'Övergången "rapport.submit" från "rapport" pekar på "ingenstans", som inte finns.',
        'Steget "Rapport" använder formuläret "finns-inte", som inte finns.',
        'I övergången "rapport.submit" från "Rapport" finns villkoret "isMagic", som inte finns i motorn.',
        'I övergången "rapport.submit" från "Rapport" måste exakt en ansvarig roll anges (villkoret isRole).',
      ]),
    );
  });

  it('refuses a step whose transition role differs from its meta role', () => {
    const def = lexSarah();
    def.machine.states.rapport!.meta!.role = 'sas';
    const r = loadDefinition(def, catalog(), validator);
    expect(r.ok || r.errors.join(' ')).toContain('är den ansvariga rollen medarbetare men steget anger SAS');
  });

  it('refuses a command named like an event the engine records itself (jäv, an ersättare, a move)', () => {
    const def = lexSarah();
    const uppfoljning = def.machine.states.handlaggning!.states!.utredningsspar!.states!.uppfoljning!;
    def.commands['arende.ersattare'] = { ...def.commands['atgard.lagg_till']! };
    uppfoljning.on!['arende.ersattare'] = { ...(uppfoljning.on!['atgard.lagg_till'] as object) };
    const r = loadDefinition(def, catalog(), validator);
    expect(r.ok || r.errors).toContain(
      'Händelsen "arende.ersattare" hör till motorn (öppning, flytt och jäv) och kan inte användas i en process.',
    );
  });
});
