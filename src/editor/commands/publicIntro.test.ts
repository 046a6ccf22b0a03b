import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from '../../engine/internal';
import { shippedDefinition } from '../../../test/support/catalog';
import { applyEdit } from './applyEdit';

const synpunkter = shippedDefinition('synpunkter') as ProcessDefinition;

describe('setPublicIntro', () => {
  it("words the public form's introduction, and an empty text gives back the product's own", () => {
    const set = applyEdit(synpunkter, { type: 'setPublicIntro', text: '  Vi svarar inom tio dagar. ' });
    expect(set.ok && set.definition.publicIntro).toBe('Vi svarar inom tio dagar.');
    expect(synpunkter.publicIntro).toBeUndefined();
    const back = set.ok ? applyEdit(set.definition, { type: 'setPublicIntro', text: ' ' }) : set;
    expect(back.ok && 'publicIntro' in back.definition).toBe(false);
  });

  it('refuses an overlong text in Swedish', () => {
    const r = applyEdit(synpunkter, { type: 'setPublicIntro', text: 'x'.repeat(2001) });
    expect(r).toEqual({ ok: false, message: 'Texten på webbformuläret är för lång: högst 2000 tecken.' });
  });
});
