import { describe, expect, it } from 'vitest';
import { reportText } from '../../engine/internal';
import { maskedTexts } from './maskedTexts';

describe('the report texts masked once', () => {
  it('masks as reportText does, and anew for other names (a text masked for old names is not reused)', () => {
    const texts = maskedTexts(2);
    const text = 'Anna Berg och Erik Lund såg att 19121212-1212 föll. Anna Berg ringde.';
    const anna = texts(['Anna Berg']);
    expect(anna(text)).toBe(reportText(['Anna Berg'])(text));
    expect(anna(text)).toBe(reportText(['Anna Berg'])(text));
    expect(texts(['Anna Berg', 'Erik Lund'])(text)).toBe(reportText(['Anna Berg', 'Erik Lund'])(text));
    expect(texts(['Anna Berg', 'Erik Lund'])(text)).not.toMatch(/Erik/);
    // Beyond what it keeps it starts over, still masking each text right.
    const many = texts([]);
    for (const t of ['Kalle 1', 'Kalle 2', 'Kalle 3', text]) expect(many(t)).toBe(reportText([])(t));
  });
});
