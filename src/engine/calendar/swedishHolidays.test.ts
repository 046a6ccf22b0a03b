import { describe, expect, it } from 'vitest';
import { isoWeekday } from './calendarDate';
import { swedishHoliday, swedishHolidays } from './swedishHolidays';

// Written out from published Swedish calendars, not from the code under test.
const known: Record<number, string[]> = {
  2024: [
    '01-01',
    '01-06',
    '03-29',
    '03-31',
    '04-01',
    '05-01',
    '05-09',
    '05-19',
    '06-06',
    '06-21',
    '06-22',
    '11-02',
    '12-24',
    '12-25',
    '12-26',
    '12-31',
  ],
  2025: [
    '01-01',
    '01-06',
    '04-18',
    '04-20',
    '04-21',
    '05-01',
    '05-29',
    '06-06',
    '06-08',
    '06-20',
    '06-21',
    '11-01',
    '12-24',
    '12-25',
    '12-26',
    '12-31',
  ],
  2026: [
    '01-01',
    '01-06',
    '04-03',
    '04-05',
    '04-06',
    '05-01',
    '05-14',
    '05-24',
    '06-06',
    '06-19',
    '06-20',
    '10-31',
    '12-24',
    '12-25',
    '12-26',
    '12-31',
  ],
  2027: [
    '01-01',
    '01-06',
    '03-26',
    '03-28',
    '03-29',
    '05-01',
    '05-06',
    '05-16',
    '06-06',
    '06-25',
    '06-26',
    '11-06',
    '12-24',
    '12-25',
    '12-26',
    '12-31',
  ],
};

describe('swedishHolidays', () => {
  it('gives every holiday of 2024–2027 on its known date, in date order', () => {
    for (const [year, dates] of Object.entries(known))
      expect(
        swedishHolidays(Number(year)).map((h) => h.date.slice(5)),
        year,
      ).toEqual(dates);
  });

  it('names the 2026 holidays in Swedish and marks the three aftnar', () => {
    expect(swedishHolidays(2026).map((h) => `${h.date} ${h.name}${h.kind === 'afton' ? ' (afton)' : ''}`)).toEqual([
      '2026-01-01 Nyårsdagen',
      '2026-01-06 Trettondedag jul',
      '2026-04-03 Långfredagen',
      '2026-04-05 Påskdagen',
      '2026-04-06 Annandag påsk',
      '2026-05-01 Första maj',
      '2026-05-14 Kristi himmelsfärdsdag',
      '2026-05-24 Pingstdagen',
      '2026-06-06 Sveriges nationaldag',
      '2026-06-19 Midsommarafton (afton)',
      '2026-06-20 Midsommardagen',
      '2026-10-31 Alla helgons dag',
      '2026-12-24 Julafton (afton)',
      '2026-12-25 Juldagen',
      '2026-12-26 Annandag jul',
      '2026-12-31 Nyårsafton (afton)',
    ]);
  });

  it('puts midsommardagen on the Saturday 20–26 June and alla helgons dag on the Saturday 31 October–6 November', () => {
    for (let year = 1953; year <= 2100; year++) {
      const list = swedishHolidays(year);
      const on = (id: string) => list.find((h) => h.id === id)!.date;
      expect(isoWeekday(on('midsommardagen'))).toBe(6);
      expect(on('midsommardagen') >= `${year}-06-20` && on('midsommardagen') <= `${year}-06-26`).toBe(true);
      expect(on('midsommarafton')).toBe(`${year}-06-${String(Number(on('midsommardagen').slice(8)) - 1).padStart(2, '0')}`);
      expect(isoWeekday(on('alla-helgons-dag'))).toBe(6);
      expect(on('alla-helgons-dag') >= `${year}-10-31` && on('alla-helgons-dag') <= `${year}-11-06`).toBe(true);
    }
  });

  it('has annandag pingst instead of nationaldagen before 2005', () => {
    const ids = (year: number) => swedishHolidays(year).map((h) => h.id);
    expect(swedishHolidays(2004).find((h) => h.id === 'annandag-pingst')?.date).toBe('2004-05-31');
    expect(ids(2004)).not.toContain('nationaldagen');
    expect(ids(2005)).toContain('nationaldagen');
    expect(ids(2005)).not.toContain('annandag-pingst');
  });

  it('keeps both holidays when two share a date (Kristi himmelsfärdsdag on första maj 2008, pingstdagen on nationaldagen 2049)', () => {
    expect(
      swedishHolidays(2008)
        .filter((h) => h.date === '2008-05-01')
        .map((h) => h.id),
    ).toEqual(['forsta-maj', 'kristi-himmelsfardsdag']);
    expect(swedishHoliday('2008-05-01')?.name).toBe('Första maj');
    expect(
      swedishHolidays(2049)
        .filter((h) => h.date === '2049-06-06')
        .map((h) => h.id),
    ).toEqual(['pingstdagen', 'nationaldagen']);
  });

  it('looks a date up', () => {
    expect(swedishHoliday('2026-06-19')).toMatchObject({ id: 'midsommarafton', kind: 'afton' });
    expect(swedishHoliday('2027-03-28')).toMatchObject({ id: 'paskdagen', name: 'Påskdagen', kind: 'helgdag' });
    expect(swedishHoliday('2026-04-02')).toBeUndefined(); // skärtorsdagen is a working day
    expect(swedishHoliday('2026-06-21')).toBeUndefined(); // a plain Sunday is not listed
    expect(() => swedishHoliday('1952-06-21')).toThrow(RangeError);
  });
});
