import { describe, expect, it } from 'vitest';
import { reportText } from './reportText';

describe('reportText', () => {
  it('folds whitespace and keeps long text whole', () => {
    const long = `${'ord '.repeat(60)}slut`;
    expect(reportText()(`  rad ett\n\nrad\ttvå `)).toBe('rad ett rad två');
    expect(reportText()(long)).toBe(long.trim());
  });

  it('masks personnummer and samordningsnummer in every usual form, not dates or short numbers', () => {
    const text = reportText();
    expect(text('pnr 19121212-1212, 191212121212, 121212-1212, 1212121212, 121272+1212')).toBe(
      'pnr [personnummer dolt], [personnummer dolt], [personnummer dolt], [personnummer dolt], [personnummer dolt]',
    );
    expect(text('2025-03-01 kl 19.00, rum 1212, 3 personer')).toBe('2025-03-01 kl 19.00, rum 1212, 3 personer');
    expect(text('brukaren 19121212-12…')).toBe('brukaren [personnummer dolt]…');
    expect(text('telefon 0701-234567, klockan 121212 i text')).toBe('telefon 0701-234567, klockan 121212 i text');
  });

  it('masks known names as whole words only: not inside other words', () => {
    const text = reportText(['Erik Holm', 'Åsa Öst']);
    expect(text('ERIK HOLM och Holm såg Åsa i Stockholm; Eriksson, Öster')).toBe('[namn dolt] och [namn dolt] såg [namn dolt] i Stockholm; Eriksson, Öster');
  });
});
