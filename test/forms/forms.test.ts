import { describe, expect, it } from 'vitest';
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
    for (const id of used) expect(catalog().forms[id], id).toBeDefined();
    expect(forms.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
  });

  describe.each(forms.map((f) => [f.id, f] as const))('%s', (id, form) => {
    const validate = validator.compile(form.schema);

    it('has a Swedish title, an $id and no "annat" option', () => {
      expect(form.schema.$id).toBe(`kf:form:${id}`);
      expect(JSON.stringify(form.schema)).not.toMatch(/"(annat|ovrigt|övrigt)"/i);
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
