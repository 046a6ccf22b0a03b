import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './parseCsv';

const parse = (text: string, maxRecords = 100) => {
  const r = parseCsv(text, { maxRecords });
  if (!r.ok) throw new Error(`rad ${r.row}: ${r.message}`);
  return r;
};

describe('parseCsv (RFC 4180 as spreadsheets write it)', () => {
  it('reads Swedish Excel: semicolons, CRLF, a BOM, and no record for the final line end', () => {
    const r = parse('\uFEFFtyp;namn\r\nperson;Åsa Öberg\r\n');
    expect(r.delimiter).toBe(';');
    expect(r.records).toEqual([
      ['typ', 'namn'],
      ['person', 'Åsa Öberg'],
    ]);
  });

  it('reads commas, LF or lone CR line ends, and a last line without a line end', () => {
    expect(parse('a,b\nc,d\re,f').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const r = parse('namn;adress\n"Ek, Anna";"Storgatan 1\r\nLgh ""1101"""\n"";x\n');
    expect(r.records).toEqual([
      ['namn', 'adress'],
      ['Ek, Anna', 'Storgatan 1\r\nLgh "1101"'],
      ['', 'x'],
    ]);
  });

  it('keeps empty fields and empty lines (a spreadsheet numbers them as rows)', () => {
    expect(parse('a;b;c\n;;\n\nx;;').records).toEqual([['a', 'b', 'c'], ['', '', ''], [''], ['x', '', '']]);
  });

  it('reads a quote inside an unquoted field, and text after a closing quote, as text', () => {
    expect(parse('a;b\n5" skruv;"ab"c').records[1]).toEqual(['5" skruv', 'abc']);
  });

  it('names the row where a quoted field never ends', () => {
    const r = parseCsv('a;b\nx;y\n"oavslutat;z\nmer', { maxRecords: 10 });
    expect(r).toEqual({ ok: false, row: 3, message: expect.stringContaining('aldrig avslutas') });
  });

  it('stops after maxRecords records and says so', () => {
    const r = parse('h\n1\n2\n3\n', 3);
    expect([r.records.length, r.truncated]).toEqual([3, true]);
    expect(parse('h\n1\n2\n', 3).truncated).toBe(false);
  });

  it('picks the separator from the header, outside quotes', () => {
    expect(detectDelimiter('"Efternamn, Förnamn";roll;enhet\nx,y,z,w')).toBe(';');
    expect(detectDelimiter('namn,e-post,roll')).toBe(',');
    expect(detectDelimiter('namn')).toBe(';');
  });
});
