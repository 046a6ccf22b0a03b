import { describe, expect, it } from 'vitest';
import { PACKS } from '../../src/processes/packs';
import type { ProcessPack } from '../../src/engine/model/ProcessPack';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, validator } from '../support/world';

const forms = Object.values(catalog().forms);

describe('forms', () => {
  it('has a form for every step and command of the shipped definitions, and no orphan forms', () => {
    const used = new Set<string>();
    const walk = (states: Record<string, { meta?: { form?: string }; states?: Record<string, unknown> }>) => {
      for (const s of Object.values(states)) {
        if (s.meta?.form) used.add(s.meta.form);
        if (s.states) walk(s.states as never);
      }
    };
    for (const d of loadShippedDefinitions()) {
      walk(d.machine.states as never);
      for (const c of Object.values(d.commands)) used.add(c.form);
    }
    // A pack's public form (synpunkter från webbplatsen) is used by no step: it prefills the first one.
    for (const p of PACKS as readonly ProcessPack[]) if (p.publicIntake) used.add(p.publicIntake.form);
    for (const id of used) expect(catalog().forms[id], id).toBeDefined();
    expect(forms.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  describe.each(forms.map((f) => [f.id, f] as const))('%s', (id, form) => {
    const validate = validator.compile(form.schema);

    it('has a Swedish title, an $id, no "annat" option, and "Övrigt" only with a required description', () => {
      expect(form.schema.$id).toBe(`kf:form:${id}`);
      expect(JSON.stringify(form.schema)).not.toMatch(/"const":"(annat|övrigt)"/i);
      type Choice = { oneOf?: { const?: unknown }[] };
      type Rule = { if?: { properties?: Record<string, { const?: unknown }> }; then?: { required?: string[] } };
      const props = (form.schema.properties ?? {}) as Record<string, Choice>;
      const rules = ((form.schema as { allOf?: Rule[] }).allOf ?? []).concat(form.schema.if ? [form.schema as Rule] : []);
      for (const [name, prop] of Object.entries(props))
        if (prop.oneOf?.some((o) => o.const === 'ovrigt'))
          expect(
            rules.some((r) => r.if?.properties?.[name]?.const === 'ovrigt' && (r.then?.required?.length ?? 0) > 0),
            `${name}: Övrigt utan krav på beskrivning`,
          ).toBe(true);
    });

    // Issue 25, item 5: the avvikelse's help said there was no "annat" category after Övrigt was added.
    it('does not tell the reporter there is no other category where Övrigt is offered', () => {
      const props = (form.schema.properties ?? {}) as Record<string, { oneOf?: { const?: unknown }[]; description?: string }>;
      const ui = (form.ui ?? {}) as Record<string, { 'ui:help'?: string; 'ui:description'?: string }>;
      for (const [name, prop] of Object.entries(props))
        if (prop.oneOf?.some((o) => o.const === 'ovrigt'))
          for (const text of [prop.description, ui[name]?.['ui:help'], ui[name]?.['ui:description']])
            expect(text ?? '', `${name}: hjälptexten`).not.toMatch(/ingen (annan )?kategori|inget annat|"annat"/i);
    });

    it.each((form.examples?.valid ?? []).map((v, i) => [i, v] as const))('accepts valid example %i', (_i, data) => {
      expect(validate(data)).toEqual([]);
    });

    it.each((form.examples?.invalid ?? []).map((v) => [v.reason, v.data] as const))('rejects: %s', (_reason, data) => {
      const errors = validate(data);
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(e.message).not.toMatch(/\b(must|should|schema)\b/);
        expect(e.message.length).toBeGreaterThan(5);
      }
    });
  });
});
