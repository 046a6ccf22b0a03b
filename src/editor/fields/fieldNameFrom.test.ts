import { describe, expect, it } from 'vitest';
import { FIELD_NAME_PATTERN, fieldNameFrom, optionValueFrom } from './fieldNameFrom';

describe('fieldNameFrom', () => {
  it('folds å, ä, ö and makes camelCase', () => {
    expect(fieldNameFrom('Är det allvarligt?')).toBe('arDetAllvarligt');
    expect(fieldNameFrom('Händelsedatum')).toBe('handelsedatum');
    expect(fieldNameFrom('Skäl till åtgärd, för övrigt')).toBe('skalTillAtgardForOvrigt');
    expect(fieldNameFrom('IVO-avdelning')).toBe('ivoAvdelning');
    expect(fieldNameFrom('Café Ü')).toBe('cafeU');
  });

  it('always gives a valid name, also for odd labels', () => {
    for (const label of ['', '   ', '123', '2 Anmälan', '!!!', 'Ålder', 'A'.repeat(80), 'ett två tre fyra fem sex sju åtta nio tio elva']) {
      const name = fieldNameFrom(label);
      expect(name).toMatch(FIELD_NAME_PATTERN);
      expect(name.length).toBeLessThanOrEqual(40);
    }
    expect(fieldNameFrom('')).toBe('falt');
    expect(fieldNameFrom('2 Anmälan')).toBe('anmalan');
  });

  it('avoids names that are taken', () => {
    expect(fieldNameFrom('Motivering', new Set(['motivering']))).toBe('motivering2');
    expect(fieldNameFrom('Motivering', new Set(['motivering', 'motivering2']))).toBe('motivering3');
  });
});

describe('optionValueFrom', () => {
  it('makes snake_case values with folded letters, unique among taken ones', () => {
    expect(optionValueFrom('Påtaglig risk')).toBe('pataglig_risk');
    expect(optionValueFrom('Kväll')).toBe('kvall');
    expect(optionValueFrom('…')).toBe('alternativ');
    expect(optionValueFrom('Kväll', new Set(['kvall']))).toBe('kvall_2');
  });
});
