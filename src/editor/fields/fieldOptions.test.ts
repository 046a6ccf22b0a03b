import { describe, expect, it } from 'vitest';
import { formatOptions, parseOptions } from './fieldOptions';

describe('parseOptions / formatOptions', () => {
  it('derives values from labels, one option per line, skipping blank lines', () => {
    expect(parseOptions('Dag\n\n  Kväll  \r\nNatt\n')).toEqual([
      { value: 'dag', label: 'Dag' },
      { value: 'kvall', label: 'Kväll' },
      { value: 'natt', label: 'Natt' },
    ]);
  });

  it('keeps explicit values written as "värde | text" and derives unique values for the rest', () => {
    expect(parseOptions('pataglig_risk | Påtaglig risk för missförhållande\nKväll\nkvall | Sen kväll')).toEqual([
      { value: 'pataglig_risk', label: 'Påtaglig risk för missförhållande' },
      { value: 'kvall_2', label: 'Kväll' },
      { value: 'kvall', label: 'Sen kväll' },
    ]);
  });

  it('keeps empty parts so validation can name them', () => {
    expect(parseOptions(' | Text\nvarde |')).toEqual([
      { value: '', label: 'Text' },
      { value: 'varde', label: '' },
    ]);
  });

  it('round-trips existing options', () => {
    const options = [
      { value: 'inte_missforhallande', label: 'Inte ett missförhållande' },
      { value: 'pataglig_risk', label: 'Påtaglig risk för missförhållande' },
    ];
    expect(formatOptions(options)).toBe(
      'inte_missforhallande | Inte ett missförhållande\npataglig_risk | Påtaglig risk för missförhållande',
    );
    expect(parseOptions(formatOptions(options))).toEqual(options);
  });
});
