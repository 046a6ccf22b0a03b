import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../../adapters/catalog/diskCatalog';
import { rubrikOf, verifyDefinition } from '../../engine/internal';
import type { ProcessDefinition } from '../../engine/internal';
import { createWorld, example } from '../../../test/support/world';
import { atgardFromRow, orsakOfRow } from './registerRows';
import type { RegisterRow } from './registerRows';
import { headlineOf } from '../../../test/support/headline';
import { REGISTRY } from '../packs';

const catalog = loadCatalogFromDisk(REGISTRY);
const validator = createAjvValidator();
const env = () => ({ catalog, validator });
const shipped = () => structuredClone(loadShippedDefinitions().find((d) => d.id === 'riskregister' && d.version === 1)!);
type Guard = { type: string; params?: { role?: string; guards?: Guard[] } };
type Transition = { target?: string; guard?: Guard };
const transitionOf = (def: ProcessDefinition, state: string, event: string) =>
  (def.machine.states as Record<string, { on: Record<string, Transition> }>)[state]!.on[event]!;

describe('riskregister: the frame', () => {
  it('is accepted by the verifier', () => {
    expect(verifyDefinition(shipped(), env()).violations).toEqual([]);
  });

  it('refuses a version that lets the enhetschef approve the register', () => {
    const def = shipped();
    for (const g of transitionOf(def, 'godkannande', 'godkannande.submit').guard!.params!.guards!)
      if (g.type === 'isRole') g.params!.role = 'enhetschef';
    const result = verifyDefinition(def, env());
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => headlineOf(v.message)).join('\n')).toMatch(/Godkännande/);
  });

  it('refuses a version that goes from upprättande straight to the follow-up, skipping the approval', () => {
    const def = shipped();
    transitionOf(def, 'upprattande', 'upprattande.submit').target = 'uppfoljning';
    const result = verifyDefinition(def, env());
    expect(result.ok).toBe(false);
    expect(result.violations.some((v) => v.path?.some((s) => s.event === 'upprattande.submit'))).toBe(true);
  });

  it('refuses a follow-up that may leave risks of the register out', () => {
    const def = shipped();
    const t = transitionOf(def, 'uppfoljning', 'uppfoljning.submit');
    t.guard!.params!.guards = t.guard!.params!.guards!.filter((g) => g.type !== 'answersEveryRow');
    const result = verifyDefinition(def, env());
    expect(result.violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Årets uppföljning" saknar ett lagstadgat villkor: answersEveryRow.',
    );
  });

  it('refuses an approval the one who drew up the register could give (jäv)', () => {
    const def = shipped();
    const t = transitionOf(def, 'godkannande', 'godkannande.submit');
    t.guard = t.guard!.params!.guards!.find((g) => g.type === 'isRole');
    const result = verifyDefinition(def, env());
    expect(result.violations.map((v) => headlineOf(v.message))).toContain(
      'Steget "Godkännande" måste spärras för rapportören och inblandade personer (jäv).',
    );
  });
});

describe('riskregister: a row made into an åtgärd', () => {
  const form = catalog.forms['atgard-lagg-till']!;
  const validate = validator.compile(form.schema);
  const [full, partial] = (example('riskregister-upprattande').risker as RegisterRow[]).map((r) => r);

  it("carries the row's åtgärd, the risk as orsak, ansvarig and klart-datum, and is then complete", () => {
    const data = atgardFromRow(full!);
    expect(data.atgard).toEqual({
      vad: full!.atgard!.vad,
      orsak: 'Risk nr 1 i riskregistret (Läkemedelshantering): Läkemedel ges vid fel tid när signeringslistan inte följs på kvällspasset.',
      ansvarig: { namn: 'Lena Sjöberg', titel: 'Undersköterska' },
      klartDatum: '2027-03-31',
      typ: 'forebyggande',
    });
    expect(validate(data)).toEqual([]);
  });

  it('leaves to the person only what the register lacks (ansvarig and date)', () => {
    const data = atgardFromRow(partial!);
    expect(data.atgard).toMatchObject({ vad: 'Påminnelse om uppdatering i verksamhetssystemet.', orsak: orsakOfRow(partial!) });
    const missing = validate(data).map((e) => JSON.stringify(e));
    expect(missing.join('\n')).toMatch(/ansvarig/);
    expect(missing.join('\n')).toMatch(/klartDatum/);
    expect(
      validate({ atgard: { ...data.atgard, ansvarig: { namn: 'Erik Holm', titel: 'Enhetschef' }, klartDatum: '2027-06-30' } }),
    ).toEqual([]);
  });

  it("words a row without an åtgärd as reducing the risk, within the form's limits", () => {
    const row: RegisterRow = { ...partial!, atgard: undefined, risk: 'R'.repeat(2000) };
    const data = atgardFromRow(row);
    expect(String(data.atgard.vad)).toMatch(/^Minska risken: R+…$/);
    expect(Array.from(String(data.atgard.vad))).toHaveLength(2000);
    expect(Array.from(String(data.atgard.orsak))).toHaveLength(1000);
  });
});

describe('riskregister: the list label', () => {
  it('is the year and what the register covers', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    expect(rubrikOf((await w.engine.get(id))!)).toBe('Rapport ej inlämnad');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    expect(rubrikOf((await w.engine.get(id))!)).toBe('Riskregister 2027 – Solgårdens särskilda boende');
  });
});
