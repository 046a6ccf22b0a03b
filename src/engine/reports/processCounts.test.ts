import { describe, expect, it } from 'vitest';
import type { ArendeFacts } from '../model/ArendeFacts';
import { yearPeriod } from '../calendar/Period';
import { processCounts } from './processCounts';

const fact = (arendeId: string, processType: string): ArendeFacts =>
  ({ arendeId, processType, enhetId: 'enhet:a', reportedDate: '2026-03-01', handelseDate: '2026-03-01' }) as ArendeFacts;

describe('processCounts (the trend)', () => {
  it('counts only the processes the packs count, each also when none happened', () => {
    const facts = [fact('arende:1', 'avvikelse'), fact('arende:2', 'riskregister'), fact('arende:3', 'rapporteringsskyldighet')];
    const [row] = processCounts(facts, [yearPeriod(2026)], 'handelsedatum', ['avvikelse', 'lex-sarah']);
    expect(Object.keys(row!.antal)).toEqual(['avvikelse', 'lex-sarah']);
    expect(row!.antal.avvikelse).toEqual({ count: 1, arendeIds: ['arende:1'] });
    expect(row!.antal['lex-sarah']!.count).toBe(0);
  });
});
