import { describe, expect, it } from 'vitest';
import { PACKS } from '../../processes/packs';
import type { GuardImpl } from '../model/GuardImpl';
import type { ProcessPack } from '../model/ProcessPack';
import { guardTable } from '../behaviour/guardTable';
import { createPackRegistry, unknownProcessType } from './createPackRegistry';

const base = PACKS.find((p) => p.type === 'avvikelse')! as ProcessPack;
const guard: GuardImpl = {
  readsEventData: false,
  describe: () => 'ett villkor',
  test: () => true,
  explain: () => [],
  abstract: () => 'unknown',
  checkParams: () => undefined,
};
const packOfType = (type: string, extra: Partial<ProcessPack> = {}): ProcessPack => ({
  ...base,
  type,
  skeleton: { ...base.skeleton, processType: type },
  opens: [],
  ...extra,
});

describe('createPackRegistry: packs that disagree stop the start, naming the pack', () => {
  it('builds the product registry from src/processes/packs.ts', () => {
    const r = createPackRegistry(PACKS);
    expect(r.types).toEqual(PACKS.map((p) => p.type));
    expect(r.requirePack('lex-sarah').skeleton.processType).toBe('lex-sarah');
    expect(() => r.requirePack('information')).toThrow('src/processes/packs.ts');
    expect(unknownProcessType('x')).toContain('src/processes/packs.ts');
  });

  it('refuses one type twice', () => {
    expect(() => createPackRegistry([packOfType('a'), packOfType('a')])).toThrow('Processmodulen "a" är registrerad två gånger');
  });

  it('refuses one guard name in two packs, and a pack guard named like an engine guard', () => {
    expect(() => createPackRegistry([packOfType('a', { guards: { egen: guard } }), packOfType('b', { guards: { egen: guard } })])).toThrow(
      'Processmodulerna "a" och "b" lägger båda till vakten "egen"',
    );
    expect(() => guardTable(createPackRegistry([packOfType('a', { guards: { hasStep: guard } })]))).toThrow(
      'Processmodulen "a" lägger till vakten "hasStep"',
    );
    expect(guardTable(createPackRegistry([packOfType('a', { guards: { egen: guard } })])).egen).toBe(guard);
  });

  it('refuses a link two packs open differently, and a link to a process no pack declares', () => {
    const opening = base.opens![0]!;
    const target = packOfType(opening.processType);
    const a = packOfType('a', { opens: [opening] });
    const b = packOfType('b', { opens: [{ ...opening, back: 'annan_bak', title: 'Annan titel' }] });
    expect(() => createPackRegistry([target, a, b])).toThrow(`Processmodulerna "a" och "b" öppnar länken "${opening.rel}" olika (title)`);
    expect(() => createPackRegistry([a])).toThrow(`Processmodulen "a" öppnar "${opening.processType}"`);
  });
});
