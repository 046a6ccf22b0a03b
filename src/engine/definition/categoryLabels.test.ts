import { describe, expect, it } from 'vitest';
import { catalog } from '../../../test/support/world';
import { categoryLabels } from './categoryLabels';

describe('categoryLabels', () => {
  it('reads every category choice from the forms, Övrigt included', () => {
    const labels = categoryLabels(catalog());
    expect(labels.avvikelse).toMatchObject({
      vardesaker_ekonomi: 'Värdesaker och ekonomi',
      lakemedel: 'Läkemedel (HSL)',
      ovrigt: 'Övrigt',
    });
  });

  it("labels a value as each process's own forms do, so lex Sarah's reads as lex Sarah's (issue 25, item 5)", () => {
    const labels = categoryLabels(catalog());
    expect(labels['lex-sarah']?.brister_i_omsorg).toBe('Brister i omsorg, vård eller stöd');
    expect(labels.avvikelse?.brister_i_omsorg).toBe('Brister i omsorg eller utförande');
    // Shared forms (atgard-…) belong to no process; lex Maria's are not lex Sarah's by a common prefix.
    expect(Object.keys(labels).every((t) => catalog().packs.types.includes(t))).toBe(true);
  });

  it("words a value as the newest version of a process's form does, whatever the sorting of its number", () => {
    const base = catalog();
    const rapport = base.forms['avvikelse-rapport-2']!;
    const retitled = (n: number, title: string) => {
      const schema = structuredClone(rapport.schema) as { properties: { kategori: { oneOf: { const: string; title: string }[] } } };
      schema.properties.kategori.oneOf.find((o) => o.const === 'fall')!.title = title;
      return { ...rapport, id: `avvikelse-rapport-${n}`, schema };
    };
    const forms = {
      ...base.forms,
      'avvikelse-rapport-9': retitled(9, 'Fall (nio)'),
      'avvikelse-rapport-10': retitled(10, 'Fall och fallrisk'),
    };
    expect(categoryLabels({ ...base, forms }).avvikelse?.fall).toBe('Fall och fallrisk');
    expect(categoryLabels(base).avvikelse?.fall).toBe('Fall');
  });
});
