import { describe, expect, it } from 'vitest';
import { reportText, strictReportText } from './reportText';

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

  it(
    'masks personnummer as Word and people write them: dashes, spaces, grouped dates, full-width digits, invisible characters ' +
      '(issue 21)',
    () => {
      const text = reportText();
      expect(text('a 121212–1212, b 121212 - 1212, c 12-12-12-1212, d １２１２１２－１２１２, e 1212\u200b12.1212, f 701063 – 2391')).toBe(
        'a [personnummer dolt], b [personnummer dolt], c [personnummer dolt], d [personnummer dolt], e [personnummer dolt], f ' +
          '[personnummer dolt]',
      );
      expect(text('2026–12–06 – 2026–12–24, tel 070–123 45 67')).toBe('2026–12–06 – 2026–12–24, tel 070–123 45 67');
    },
  );

  it('masks known names as whole words only: not inside other words', () => {
    const text = reportText(['Erik Holm', 'Åsa Öst']);
    expect(text('ERIK HOLM och Holm såg Åsa i Stockholm; Eriksson, Öster')).toBe(
      '[namn dolt] och [namn dolt] såg [namn dolt] i Stockholm; Eriksson, Öster',
    );
  });
});

describe('strictReportText: for someone who may not read the ärende (issue 21)', () => {
  const text = strictReportText(['Anna Berg']);

  it('masks names no one told us of, places and identifying numbers, and keeps what the text is about', () => {
    expect(text('Kalle Karlsson ramlade i trappan')).toBe('[namn dolt] [namn dolt] ramlade i trappan');
    expect(text('Brukaren och Kalle Karlsson bråkade på Ica Maxi')).toBe(
      'Brukaren och [namn dolt] [namn dolt] bråkade på [namn dolt] [namn dolt]',
    );
    expect(text('Brand i tvättstugan. Larmet gick inte')).toBe('Brand i tvättstugan. Larmet gick inte');
    expect(text('anna berg ringde ENR-2026-0042 på 070-123 45 67 den 2026-03-01')).toBe(
      '[namn dolt] ringde [nummer dolt] på [nummer dolt] 45 67 den 2026-03-01',
    );
    expect(text('Fel i IT-systemet enligt LSS och SoL, 3 gånger')).toBe('Fel i IT-systemet enligt LSS och SoL, 3 gånger');
    expect(text('pnr 121212–1212 hos Kalle')).toBe('pnr [personnummer dolt] hos [namn dolt]');
  });

  it('cannot know a lone given name opening a sentence: the one thing left to the reader', () => {
    expect(text('Kalle ramlade i trappan')).toBe('Kalle ramlade i trappan');
  });
});
