import { describe, expect, it } from 'vitest';
import { catalog } from '../../../test/support/world';
import { categoryLabels } from './categoryLabels';

describe('categoryLabels', () => {
  it('reads every category choice from the forms, Övrigt included', () => {
    const labels = categoryLabels(catalog());
    expect(labels).toMatchObject({ vardesaker_ekonomi: 'Värdesaker och ekonomi', lakemedel: 'Läkemedel (HSL)', ovrigt: 'Övrigt' });
  });
});
