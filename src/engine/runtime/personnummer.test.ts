import { describe, expect, it } from 'vitest';
import { findPersonnummer, personnummerErrors } from './personnummer';

describe('personnummer screening (issue 10, item 5)', () => {
  it('finds personnummer and samordningsnummer in their usual spellings, masked', () => {
    expect(findPersonnummer('Tolvan Tolvansson 19121212-1212')).toBe('19121212-****');
    expect(findPersonnummer('pnr 121212-1212 föll')).toBe('121212-****');
    expect(findPersonnummer('121212+1212')).toBe('121212-****');
    expect(findPersonnummer('1212121212')).toBe('121212-****');
    expect(findPersonnummer('191212121212')).toBe('19121212-****');
    // Samordningsnummer: the day plus 60.
    expect(findPersonnummer('samordningsnr 701063-2391')).toBe('701063-****');
  });

  it('lets dates, phone numbers, diarienummer, organisationsnummer and a wrong control digit through', () => {
    for (const text of [
      '2026-03-12',
      '2026-03-12T19:00:00+01:00',
      '08-123 450 40',
      '070-123 45 67',
      'SN 2026/123',
      '3.5.1-12345/2026',
      '212000-0000',
      '19121212-1213',
      'ENR-2026-0042',
      '12345678901234',
    ])
      expect(findPersonnummer(text), text).toBeUndefined();
  });

  it(
    'finds them as Word and people write them: dashes, dots, spaces, grouped dates, full-width digits, invisible characters ' +
      '(issue 21)',
    () => {
      const variants = [
        '121212–1212', // en dash
        '121212—1212', // em dash
        '121212−1212', // minus sign
        '121212 - 1212',
        '121212 – 1212',
        '121212.1212',
        '121212 1212',
        '１２１２１２－１２１２', // full-width digits and hyphen
        '１２１２１２-１２１２',
        '1212\u200b12-1212', // a zero-width space inside
        '121212-\u200b1212',
        '12\u00ad1212-1212', // a soft hyphen
        '12-12-12-1212',
        '12.12.12-1212',
        '12 12 12-1212',
        '12-12-12 - 1212',
        '19121212–1212',
      ];
      for (const v of variants) expect(findPersonnummer(`Brukaren ${v} föll`), JSON.stringify(v)).toMatch(/^(19)?121212-\*\*\*\*$/);
      // Samordningsnummer the same ways.
      for (const v of ['701063–2391', '70-10-63-2391', '701063 - 2391', '７０１０６３－２３９１', '7010\u200b63.2391'])
        expect(findPersonnummer(v), JSON.stringify(v)).toBe('701063-****');
    },
  );

  it('still lets dates, date ranges, times and phone numbers through in those spellings', () => {
    const texts = [
      '2026-12-06',
      '2026–12–06',
      '06.12.2026',
      '2026-12-06 – 2026-12-24',
      '2026-12-06 14.30',
      'kl 12.12.12',
      '070–123 45 67',
      '070-121 21 21',
      '+46 70 123 45 67',
      '08 123 450 40',
      '０７０－１２３ ４５ ６７',
      'ENR–2026–0042',
      '12-12-12-1213', // the right shape with a wrong control digit
      '121212–1213',
    ];
    for (const t of texts) expect(findPersonnummer(t), t).toBeUndefined();
  });

  it("names each field that holds one, with the form's titles, inside objects and lists", () => {
    const schema = {
      properties: {
        handelse: { type: 'string', title: 'Vad hände?' },
        underlag: { type: 'array', items: { type: 'object', properties: { text: { type: 'string', title: 'Text' } } }, title: 'Underlag' },
      },
    };
    const errors = personnummerErrors({ handelse: 'Inget', underlag: [{ text: 'ok' }, { text: 'Brukare 121212-1212' }] }, schema);
    expect(errors).toEqual([
      {
        pointer: '/underlag/1/text',
        label: 'Underlag › Text',
        message:
          '"Underlag › Text" innehåller något som ser ut som ett personnummer (121212-****). Skriv inte personnummer här – ange ' +
          'den enskilde med en referens, till exempel ärendenummer i verksamhetssystemet.',
      },
    ]);
  });
});
