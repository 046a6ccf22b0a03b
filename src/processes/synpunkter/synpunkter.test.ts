import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../../adapters/catalog/diskCatalog';
import { verifyDefinition } from '../../engine/internal';
import type { ProcessDefinition } from '../../engine/internal';
import { synpunkter } from './pack';
import { headlineOf } from '../../../test/support/headline';
import { KEEPS_RECEIVED } from './skeleton';
import { REGISTRY } from '../packs';

const catalog = loadCatalogFromDisk(REGISTRY);
const validator = createAjvValidator();
const env = () => ({ catalog, validator });
const version = (n: number) => structuredClone(loadShippedDefinitions().find((d) => d.id === 'synpunkter' && d.version === n)!);
const shipped = () => version(2);
type Guard = { type: string; params?: Record<string, unknown> & { guards?: Guard[] } };
type Transition = { target?: string; guard?: Guard };
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
    on.splice(
      on.findIndex((t) => t.target === 'aterkoppling'),
      1,
    );
    const result = verifyDefinition(def, env());
    expect(result.ok).toBe(false);
    const skipped = result.violations.find((v) => v.code === 'conditional_step_skipped');
    expect(skipped?.message).toMatch(/återkopplingen/);
    expect(skipped?.path?.map((s) => s.event)).toContain('utredning.submit');
  });

  it('refuses a version that lets the registration clear the answer the person asked for in the public form', () => {
    const def = shipped();
    // Route only on what the staff registered: a "Nej" typed over the person's "Ja" would close without an answer.
    for (const [state, event] of [
      ['utredning', 'utredning.submit'],
      ['eskalering', 'eskalering.submit'],
    ] as const) {
      const on = transitionsOf(def, state, event);
      on.splice(
        on.findIndex((t) => JSON.stringify(t.guard).includes('mottaget.data.villHaSvar')),
        1,
      );
    }
    const result = verifyDefinition(def, env());
    const skipped = result.violations.find((v) => v.code === 'conditional_step_skipped');
    expect(skipped?.message).toMatch(/fast personen bad om svar i webbformuläret och återkopplingen som personen bad om inte är gjord/);
  });

  it('refuses a version whose first step drops or loosens what keeps the words that came in', () => {
    const inkommen = (def: ProcessDefinition) => transitionsOf(def, 'inkommen', 'inkommen.submit') as unknown as Transition;
    const dropped = shipped();
    inkommen(dropped).guard!.params!.guards = inkommen(dropped).guard!.params!.guards!.filter((g) => g.type !== 'keepsReceived');
    const loosened = shipped();
    const keeps = inkommen(loosened).guard!.params!.guards!.find((g) => g.type === 'keepsReceived')!;
    keeps.params = { ...keeps.params, kept: {}, unchangeable: ['inkomDatum', 'kanal'] };
    for (const def of [dropped, loosened])
      expect(verifyDefinition(def, env()).violations.map((v) => headlineOf(v.message))).toContain(
        'Steget "Inkommen synpunkt" saknar ett lagstadgat villkor: keepsReceived.',
      );
  });

  it('retires version 1, whose registration could overwrite what came in (its running ärenden still replay)', () => {
    const codes = verifyDefinition(version(1), env()).violations.map((v) => v.code);
    expect(codes).toContain('missing_guard');
    expect(codes).toContain('conditional_step_skipped');
  });

  it('refuses a registrering that the one who gave the synpunkt could make (jäv)', () => {
    const def = shipped();
    for (const t of transitionsOf(def, 'registrering', 'registrering.submit'))
      t.guard!.params!.guards = t.guard!.params!.guards!.filter((g) => g.type !== 'isIndependent');
    const result = verifyDefinition(def, env());
    expect(result.violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Registrering" måste spärras för rapportören och inblandade personer (jäv).',
    );
  });
});

describe('synpunkter och klagomål: the public form', () => {
  const inkommen = catalog.forms['synpunkter-inkommen-2']!;
  const webb = catalog.forms[synpunkter.publicIntake.form]!;
  const props = (schema: object) => Object.keys((schema as { properties: object }).properties);

  it('asks only for fields of the first step, and never which enhet (the page chooses it) or a personnummer', () => {
    expect(props(webb.schema).filter((f) => !props(inkommen.schema).includes(f))).toEqual([]);
    expect(props(webb.schema)).not.toContain('enhetId');
    expect(JSON.stringify(webb.schema)).not.toMatch(/"personnummer"/);
  });

  it('gives data that completes the first step, received on the web by someone who only registers it, as the first step keeps it', () => {
    const validate = validator.compile(inkommen.schema);
    const keeps = KEEPS_RECEIVED.params as { defaults: Record<string, unknown>; fields: Record<string, string>; receivedDate: string };
    expect(shipped().machine.states.inkommen!.meta!.form).toBe('synpunkter-inkommen-2');
    for (const data of webb.examples!.valid) {
      const first = synpunkter.publicIntake.firstStep(data as Record<string, unknown>, '2026-03-10');
      expect(validate(first)).toEqual([]);
      expect(first).toEqual({ ...(data as Record<string, unknown>), ...keeps.defaults, [keeps.receivedDate]: '2026-03-10' });
    }
    // Every field the person fills in is one the first step compares with what came in.
    expect(props(webb.schema).filter((f) => !(f in keeps.fields))).toEqual([]);
  });
});
