import { describe, expect, it } from 'vitest';
import { readHeader, readRow, roleOf } from './csvRows';

const header = (...names: string[]) => readHeader(names);
const row = (names: string[], cells: string[]) => readRow(cells, 2, header(...names).columns);

describe('CSV rows of the organisation import', () => {
  it('accepts the Swedish role names and the ids, in any case, and the titles written out', () => {
    expect(
      [
        'Medarbetare',
        'ENHETSCHEF',
        'sas',
        'SAS',
        'Förvaltningschef',
        'forvaltningschef',
        'Processägare',
        'MAS',
        'Administratör',
        'administrator',
      ].map(roleOf),
    ).toEqual([
      'medarbetare',
      'enhetschef',
      'sas',
      'sas',
      'forvaltningschef',
      'forvaltningschef',
      'processagare',
      'mas',
      'administrator',
      'administrator',
    ]);
    expect(roleOf('Socialt ansvarig samordnare')).toBe('sas');
    expect(roleOf('Medicinskt ansvarig sjuksköterska')).toBe('mas');
    expect(roleOf('kung')).toBeUndefined();
  });

  it('reads headers as people write them, lists the ones it does not read, and refuses a header twice', () => {
    const h = header('Typ', 'E-post', 'Inloggnings-ID', 'Nivå', 'Besöksadress', 'Titel', 'Anställningsnr', '');
    expect([...h.columns.keys()]).toEqual(['typ', 'epost', 'inloggningsId', 'niva', 'adress', 'befattning']);
    expect(h.ignored).toEqual(['Anställningsnr']);
    expect(header('namn', 'Namn').errors).toEqual([{ row: 1, message: 'Kolumnen namn finns två gånger i rubrikraden.' }]);
    expect(header('a', 'b').errors[0]?.message).toContain('Rubrikraden saknar kolumnerna som behövs');
  });

  it('infers where a role applies from the most specific name, or takes nivå', () => {
    const names = ['namn', 'e-post', 'roll', 'verksamhet', 'enhet', 'nivå'];
    expect(row(names, ['Ida', 'i@x.se', 'enhetschef', '', 'Lärkan', '']).value).toMatchObject({
      role: { role: 'enhetschef', scope: { kind: 'enhet', enhet: 'Lärkan' } },
    });
    expect(row(names, ['Ida', 'i@x.se', 'verksamhetschef', 'Funktionsstöd', '', '']).value).toMatchObject({
      role: { scope: { kind: 'verksamhet', verksamhet: 'Funktionsstöd' } },
    });
    expect(row(names, ['Ida', 'i@x.se', 'SAS', '', '', 'Förvaltning']).value).toMatchObject({
      role: { role: 'sas', scope: { kind: 'forvaltning' } },
    });
    expect(row(names, ['Ida', 'i@x.se', 'SAS', '', '', '']).errors[0]?.message).toBe(
      'Det står inte var rollen SAS gäller: fyll i enhet eller verksamhet, eller skriv förvaltning i kolumnen nivå.',
    );
    expect(row(names, ['Ida', 'i@x.se', '', '', 'Lärkan', '']).errors[0]?.message).toContain('rollen saknas');
  });

  it('joins förnamn and efternamn, collapses spaces in names, and keeps an inloggnings-id exactly', () => {
    const r = row(['förnamn', 'efternamn', 'inloggnings-id'], ['  Åsa ', 'Öberg  Lind', ' SE2321000016-A1B2 ']);
    expect(r).toEqual({ value: { row: 2, typ: 'person', namn: 'Åsa Öberg Lind', inloggningsId: 'SE2321000016-A1B2' }, errors: [] });
    expect(row(['namn', 'inloggnings-id'], ['Åsa', 'SE 123']).errors.map((e) => e.message)).toEqual([
      'Inloggnings-id får inte innehålla mellanslag eller radbrytningar.',
    ]);
  });

  it('keeps enhet and person columns apart, and an enhet row with an error still names its enhet', () => {
    const names = ['typ', 'verksamhet', 'enhet', 'verksamhetsform', 'namn', 'telefon'];
    expect(row(names, ['Enhet', 'Funktionsstöd', 'Lärkan', 'lss', '', '']).value).toEqual({
      row: 2,
      typ: 'enhet',
      verksamhet: 'Funktionsstöd',
      enhet: 'Lärkan',
      verksamhetsform: 'lss',
    });
    const mixed = row(names, ['enhet', 'Funktionsstöd', 'Lärkan', 'VoL', 'Ida', '']);
    expect(mixed.errors.map((e) => e.message)).toEqual([
      'Verksamhetsformen "VoL" finns inte: skriv SoL, LSS eller lämna tomt.',
      'En rad av typen enhet ska inte ha namn ifyllt.',
    ]);
    expect(mixed.value).toMatchObject({ enhet: 'Lärkan', invalid: true });
    expect(row(names, ['person', '', '', 'SoL', 'Ida', '12']).errors.map((e) => e.message)).toEqual([
      'Telefonnumret "12" är inte giltigt: siffror, mellanslag, bindestreck och parenteser, 6–20 tecken.',
      'Ida saknar både inloggnings-id och e-post: en av dem behövs för att känna igen personen vid nästa import.',
      'En rad av typen person ska inte ha verksamhetsform ifyllt.',
    ]);
  });
});
