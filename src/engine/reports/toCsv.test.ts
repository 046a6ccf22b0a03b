import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';
import { formatCsvNumber, toCsv } from './toCsv';

describe('toCsv', () => {
  it('writes BOM, semicolons, CRLF, Ja/Nej, empty cells and decimal commas', () => {
    const csv = toCsv({
      headers: ['Enhet', 'Antal', 'Andel (%)', 'IVO', 'Median'],
      rows: [
        ['Solgården', 3, 37.5, true, undefined],
        ['Lärkan', 5, 62.5, false, null],
      ],
    });
    expect(csv).toBe('\uFEFFEnhet;Antal;Andel (%);IVO;Median\r\nSolgården;3;37,5;Ja;\r\nLärkan;5;62,5;Nej;\r\n');
  });

  it('quotes fields with ; " CR or LF and doubles quotes', () => {
    const csv = toCsv({ headers: ['a'], rows: [['x;y'], ['säger "hej"'], ['rad1\r\nrad2'], ['rad\n'], ['vanlig']] });
    expect(csv.split('\r\n').slice(1, 3)).toEqual(['"x;y"', '"säger ""hej"""']);
    expect(csv).toContain('"rad1\r\nrad2"');
    expect(csv).toContain('\r\nvanlig\r\n');
  });

  it('round-trips through parseCsv, Swedish characters and awkward fields included', () => {
    const table = {
      headers: ['Händelse', 'Bedömning', 'Antal', 'Andel'],
      rows: [
        ['Fall i badrummet; ingen skada', 'Missförhållande, "allvarligt"', 1, 12.5],
        ['Två rader\r\nandra raden', 'Åtgärd på Ängsgården – Öst', 0, 0],
        ['Bara LF\nhär', '', 10, 87.5],
        ['"Citat" först', ';', -3, -0.25],
      ],
    };
    const parsed = parseCsv(toCsv(table));
    expect(parsed).toEqual([
      table.headers,
      ['Fall i badrummet; ingen skada', 'Missförhållande, "allvarligt"', '1', '12,5'],
      ['Två rader\r\nandra raden', 'Åtgärd på Ängsgården – Öst', '0', '0'],
      ['Bara LF\nhär', '', '10', '87,5'],
      ['"Citat" först', ';', '-3', '-0,25'],
    ]);
  });

  it('guards text that a spreadsheet would run as a formula, unless told not to', () => {
    expect(parseCsv(toCsv({ headers: ['x'], rows: [['=SUMMA(A1)'], ['@x'], ['-2 dagar']] })).slice(1)).toEqual([
      ["'=SUMMA(A1)"],
      ["'@x"],
      ["'-2 dagar"],
    ]);
    expect(parseCsv(toCsv({ headers: ['x'], rows: [['=1']] }, { guardFormulas: false }))[1]).toEqual(['=1']);
    // Full-width signs, a formula behind spaces or invisible characters, and a leading control character.
    const sly = ['＝SUMMA(A1)', '＋1', '－1', '＠x', ' =1', '\u200B=1', '\u0000x', '\u001Bx'];
    expect(parseCsv(toCsv({ headers: ['x'], rows: sly.map((c) => [c]) })).slice(1)).toEqual(sly.map((c) => [`'${c}`]));
    expect(parseCsv(toCsv({ headers: ['x'], rows: [['Fall i badrummet'], ['2 dagar – 1'], ['e-post']] })).slice(1)).toEqual([
      ['Fall i badrummet'],
      ['2 dagar – 1'],
      ['e-post'],
    ]);
    expect(parseCsv(toCsv({ headers: ['x'], rows: [[-2]] }))[1]).toEqual(['-2']);
  });

  it('formats numbers the Swedish way and drops non-finite ones', () => {
    expect([formatCsvNumber(3), formatCsvNumber(2.5), formatCsvNumber(-0.1), formatCsvNumber(Number.NaN)]).toEqual([
      '3',
      '2,5',
      '-0,1',
      '',
    ]);
  });
});

describe('parseCsv', () => {
  it('accepts LF line ends, a last line without a break, and refuses an open quote', () => {
    expect(parseCsv('a;b\nc;d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a;;\r\n')).toEqual([['a', '', '']]);
    expect(() => parseCsv('"oavslutad')).toThrow('citerat fält');
  });
});
