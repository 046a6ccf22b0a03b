import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../../adapters/catalog/diskCatalog';
import { verifyDefinition } from '../../engine/index';
import type { ProcessDefinition } from '../../engine/index';
import { synpunkter } from './pack';
import { headlineOf } from '../../../test/support/headline';

const catalog = loadCatalogFromDisk();
const validator = createAjvValidator();
const env = () => ({ catalog, validator });
const shipped = () => structuredClone(loadShippedDefinitions().find((d) => d.id === 'synpunkter' && d.version === 1)!);
type Transition = { target?: string; guard?: { type: string; params?: { guards?: { type: string }[] } } };
const transitionsOf = (def: ProcessDefinition, state: string, event: string) =>
  (def.machine.states as Record<string, { on: Record<string, Transition[]> }>)[state]!.on[event]!;

describe('synpunkter och klagomål: the frame', () => {
  it('is accepted by the verifier', () => {
    expect(verifyDefinition(shipped(), env()).violations).toEqual([]);
  });

  it('refuses a version that closes without återkoppling when the person asked for an answer', () => {
    const def = shipped();
    // Drop the branch to återkoppling after the utredning: whoever wanted an answer could be closed without one.
    const on = transitionsOf(def, 'utredning', 'utredning.submit');
    on.splice(on.findIndex((t) => t.target === 'aterkoppling'), 1);
    const result = verifyDefinition(def, env());
    expect(result.ok).toBe(false);
    const skipped = result.violations.find((v) => v.code === 'conditional_step_skipped');
    expect(skipped?.message).toMatch(/återkopplingen/);
    expect(skipped?.path?.map((s) => s.event)).toContain('utredning.submit');
  });

  it('refuses a registrering that the one who gave the synpunkt could make (jäv)', () => {
    const def = shipped();
    for (const t of transitionsOf(def, 'registrering', 'registrering.submit')) t.guard!.params!.guards = t.guard!.params!.guards!.filter((g) => g.type !== 'isIndependent');
    const result = verifyDefinition(def, env());
    expect(result.violations.map((v) => headlineOf(v.message))).toContain('Steget "Registrering" måste spärras för rapportören och inblandade personer (jäv).');
  });
});

describe('synpunkter och klagomål: the public form', () => {
  const inkommen = catalog.forms['synpunkter-inkommen']!;
  const webb = catalog.forms[synpunkter.publicIntake.form]!;
  const props = (schema: object) => Object.keys((schema as { properties: object }).properties);

  it('asks only for fields of the first step, and never which enhet (the page chooses it) or a personnummer', () => {
    expect(props(webb.schema).filter((f) => !props(inkommen.schema).includes(f))).toEqual([]);
    expect(props(webb.schema)).not.toContain('enhetId');
    expect(JSON.stringify(webb.schema)).not.toMatch(/"personnummer"/);
  });

  it('gives data that completes the first step, received on the web by someone who only registers it', () => {
    const validate = validator.compile(inkommen.schema);
    for (const data of webb.examples!.valid) {
      const first = synpunkter.publicIntake.firstStep(data as Record<string, unknown>, '2026-03-10');
      expect(validate(first)).toEqual([]);
      expect(first).toMatchObject({ inkomDatum: '2026-03-10', kanal: 'webbformular', mottagenFranAnnan: true });
    }
  });
});
