import { describe, expect, it } from 'vitest';
import { verifyDefinition } from '../../engine/internal';
import type { ProcessDefinition } from '../../engine/internal';
import { catalog, validator } from '../../../test/support/world';
import { shippedDefinition } from '../../../test/support/catalog';
import { applyEdit } from './applyEdit';
import type { EditCommand } from './EditCommand';
import { locate } from './machineJson';
import { ADD_INFORMERA, edited } from '../../../test/support/edits';
import { headlineOf } from '../../../test/support/headline';

const [lexSarah, avvikelse, riskanalys] = ['lex-sarah', 'avvikelse', 'riskanalys'].map(shippedDefinition) as [
  ProcessDefinition,
  ProcessDefinition,
  ProcessDefinition,
];
const U = 'handlaggning.utredningsspar';
const verify = (def: ProcessDefinition) =>
  verifyDefinition(def, { catalog: { ...catalog(), forms: { ...catalog().forms, ...(def.forms ?? {}) } }, validator });

const ok = (def: ProcessDefinition, cmd: EditCommand) => edited(def, cmd);
const informera = ADD_INFORMERA;

describe('edit commands on a draft', () => {
  it('never changes the input definition', () => {
    const before = JSON.stringify(lexSarah);
    ok(lexSarah, informera);
    ok(lexSarah, { type: 'setTitle', path: `${U}.utredning`, title: 'Utredning av händelsen' });
    ok(lexSarah, { type: 'removeStep', path: `${U}.bedomning` });
    expect(JSON.stringify(lexSarah)).toBe(before);
  });

  it('adds "Informera den enskilde" after Beslut: routed in, its own form, and still lawful', () => {
    const def = ok(lexSarah, informera);
    const beslut = locate(def, `${U}.beslut`)!.state;
    expect((beslut.on!['beslut.submit'] as { target: string }).target).toBe('informera_enskild');
    const step = locate(def, `${U}.informera_enskild`)!.state;
    expect(step.meta).toMatchObject({ title: 'Informera den enskilde', role: 'enhetschef', form: 'lex-sarah-informera-enskild' });
    expect((step.on!['informera_enskild.submit'] as { target: string }).target).toBe('atgarder');
    expect(Object.keys(locate(def, U)!.state.states!)).toEqual([
      'omedelbara_atgarder',
      'registrering',
      'utredning',
      'bedomning',
      'beslut',
      'informera_enskild',
      'atgarder',
      'uppfoljning',
      'klar',
    ]);
    expect(def.forms?.['lex-sarah-informera-enskild']).toBeDefined();
    expect(verify(def).violations).toEqual([]);
  });

  it('refuses a step key that exists or is malformed, and a step after a branching one', () => {
    expect(applyEdit(lexSarah, { ...informera, key: 'utredning' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('finns redan'),
    });
    expect(applyEdit(lexSarah, { ...informera, key: 'Informera!' })).toMatchObject({ ok: false, message: expect.stringContaining('a–z') });
    expect(applyEdit(avvikelse, { ...informera, after: 'bedomning' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Välj på vilken väg'),
    });
    expect(applyEdit(avvikelse, { ...informera, after: 'bedomning', onPathTo: 'avslut' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('ingen väg till det valda steget'),
    });
  });

  it('adds a step on one of several ways on, leaving the others as they were (issue 27)', () => {
    const def = ok(avvikelse, { ...informera, after: 'bedomning', onPathTo: 'analys' });
    const targetsOf = (key: string) =>
      [def.machine.states[key]!.on![`${key}.submit`]!].flat().map((t) => (t as { target?: string }).target);
    expect(new Set(targetsOf('bedomning'))).toEqual(new Set(['eskalering', 'overlamning', 'informera_enskild']));
    expect(targetsOf('informera_enskild')).toEqual(['analys']);
    expect(verify(def).violations).toEqual([]);
  });

  it('renames, re-helps and re-forms a step', () => {
    let def = ok(lexSarah, { type: 'setTitle', path: `${U}.utredning`, title: 'Utredning av händelsen' });
    def = ok(def, { type: 'setHelp', path: `${U}.utredning`, help: 'Ny hjälptext' });
    def = ok(def, { type: 'setForm', path: `${U}.utredning`, form: 'lex-sarah-utredning' });
    expect(locate(def, `${U}.utredning`)!.state.meta).toMatchObject({ title: 'Utredning av händelsen', help: 'Ny hjälptext' });
    expect(applyEdit(def, { type: 'setTitle', path: `${U}.utredning`, title: '  ' })).toMatchObject({ ok: false });
    expect(verify(def).ok).toBe(true);
  });

  it('stores an edited form under a new id with the step using it, and the verifier checks its fields', () => {
    const base = catalog().forms['lex-sarah-utredning']!;
    const edited = { id: 'lex-sarah-utredning-v2', schema: { ...base.schema, $id: 'kf:form:lex-sarah-utredning-v2' }, ui: base.ui };
    const def = ok(lexSarah, { type: 'putForm', form: edited, path: `${U}.utredning` });
    expect(locate(def, `${U}.utredning`)!.state.meta!.form).toBe('lex-sarah-utredning-v2');
    expect(def.forms!['lex-sarah-utredning-v2']).toEqual(edited);
    expect(verify(def).ok).toBe(true);
    // Dropping a field the law requires from the step's form is caught.
    const required = (base.schema.required as string[]).filter((f) => f !== 'orsaker');
    const weakened = ok(def, { type: 'putForm', form: { ...edited, schema: { ...edited.schema, required } } });
    expect(verify(weakened).violations.map((v) => headlineOf(v.message))).toContain(
      'Formuläret för "Utredning" måste ha det obligatoriska fältet "orsaker" som krävt fält.',
    );
    expect(applyEdit(lexSarah, { type: 'putForm', form: edited, path: 'finns.inte' })).toMatchObject({ ok: false });
  });

  it('sets, changes and removes an SLA in days, refusing nonsense', () => {
    let def = ok(lexSarah, { type: 'setSla', path: `${U}.bedomning`, days: 3 });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations![0]).toMatchObject({ kind: 'sla', days: 3 });
    def = ok(def, { type: 'setSla', path: `${U}.bedomning`, days: undefined });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations).toBeUndefined();
    def = ok(def, { type: 'setSla', path: `${U}.bedomning`, days: 10 });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations![0]).toMatchObject({
      id: 'bedomning-sla',
      metBy: 'bedomning.submit',
      days: 10,
    });
    expect(applyEdit(def, { type: 'setSla', path: `${U}.bedomning`, days: 0 })).toMatchObject({
      ok: false,
      message: expect.stringContaining('mellan 1 och 365'),
    });
    expect(verify(def).ok).toBe(true);
    // Counted in working days, and back to calendar days (issue 27).
    def = ok(def, { type: 'setSla', path: `${U}.bedomning`, days: 3, workingDays: true });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations![0]).toMatchObject({ days: 3, workingDays: true });
    expect(verify(def).ok).toBe(true);
    def = ok(def, { type: 'setSla', path: `${U}.bedomning`, days: 3 });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations![0]!.workingDays).toBeUndefined();
    // Its own wording, which the case handler reads with the date; never empty.
    def = ok(def, { type: 'setSla', path: `${U}.bedomning`, days: 3, title: ' Förslaget ska lämnas ' });
    expect(locate(def, `${U}.bedomning`)!.state.meta!.obligations![0]!.title).toBe('Förslaget ska lämnas');
    expect(applyEdit(def, { type: 'setSla', path: `${U}.bedomning`, days: 3, title: '  ' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Tidskravets text'),
    });
  });

  it('re-roles a step together with its completion guard', () => {
    const def = ok(informera.type === 'addStep' ? ok(lexSarah, informera) : lexSarah, {
      type: 'setRole',
      path: `${U}.informera_enskild`,
      role: 'sas',
    });
    const t = locate(def, `${U}.informera_enskild`)!.state.on!['informera_enskild.submit'] as unknown as {
      guard: { params: { role: string } };
    };
    expect(t.guard.params.role).toBe('sas');
    expect(verify(def).ok).toBe(true);
  });

  it('moves an optional step down and back up (A → B → C → D ⇄ A → C → B → D)', () => {
    const withStep = ok(lexSarah, informera);
    const down = ok(withStep, { type: 'moveStep', path: `${U}.informera_enskild`, delta: 1 });
    expect((locate(down, `${U}.beslut`)!.state.on!['beslut.submit'] as { target: string }).target).toBe('atgarder');
    expect((locate(down, `${U}.atgarder`)!.state.on!['atgarder.submit'] as { target: string }).target).toBe('informera_enskild');
    expect((locate(down, `${U}.informera_enskild`)!.state.on!['informera_enskild.submit'] as { target: string }).target).toBe(
      'uppfoljning',
    );
    expect(verify(down).ok).toBe(true);
    const up = ok(down, { type: 'moveStep', path: `${U}.informera_enskild`, delta: -1 });
    expect(JSON.stringify(up.machine)).toBe(JSON.stringify(withStep.machine));
  });

  it('removes an optional step and routes around it', () => {
    const withStep = ok(lexSarah, informera);
    const removed = ok(withStep, { type: 'removeStep', path: `${U}.informera_enskild` });
    expect(JSON.stringify(removed.machine)).toBe(JSON.stringify(lexSarah.machine));
  });

  it('adds and removes a transition', () => {
    const def = ok(riskanalys, { type: 'addTransition', source: 'analys.vardera', target: 'analys.godkannande' });
    expect(Array.isArray(locate(def, 'analys.vardera')!.state.on!['vardera.submit'])).toBe(true);
    const back = ok(def, { type: 'removeTransition', source: 'analys.vardera', event: 'vardera.submit', index: 0 });
    expect(JSON.stringify(back.machine)).toBe(JSON.stringify(riskanalys.machine));
    expect(applyEdit(def, { type: 'removeTransition', source: 'analys.vardera', event: 'vardera.submit', index: 7 })).toMatchObject({
      ok: false,
    });
  });
});

describe('the verifier on edited drafts: what the law forbids is blocked in plain Swedish', () => {
  it('deleting Bedömning', () => {
    const v = verify(ok(lexSarah, { type: 'removeStep', path: `${U}.bedomning` }));
    expect(v.ok).toBe(false);
    expect(v.violations.map((x) => x.message).join(' ')).toContain(
      'Det obligatoriska steget "Bedömning" (SAS) saknas i processen. Obligatoriska steg får inte tas bort.',
    );
  });

  it('bypassing Anmälan till IVO with a new transition, with a counter-example path to highlight', () => {
    const v = verify(ok(lexSarah, { type: 'addTransition', source: `${U}.beslut`, target: 'avslut' }));
    expect(v.ok).toBe(false);
    const bypass = v.violations.find((x) => x.code === 'conditional_step_skipped')!;
    expect(bypass.message).toContain('anmälan till IVO inte är gjord');
    expect(bypass.path!.flatMap((s) => s.transitions)).toContain(`${U}.beslut → avslut`);
  });

  it('giving Avslut to the enhetschef', () => {
    const v = verify(ok(lexSarah, { type: 'setRole', path: 'avslut', role: 'enhetschef' }));
    expect(v.ok).toBe(false);
    expect(v.violations.map((x) => x.message).join(' ')).toContain(
      'Steget "Avslut" ska utföras av SAS, men definitionen anger enhetschef. Ansvarig roll för ett obligatoriskt steg får inte ändras.',
    );
  });

  it('reordering mandated steps', () => {
    const v = verify(ok(lexSarah, { type: 'moveStep', path: `${U}.utredning`, delta: 1 }));
    expect(v.ok).toBe(false);
    expect(v.violations.some((x) => x.code === 'wrong_order')).toBe(true);
  });
});

describe('re-verification during an editing session', () => {
  it('reuses the path search after a text edit, and searches again after a structural one', () => {
    const env = { catalog: catalog(), validator };
    const memo = {};
    expect(verifyDefinition(lexSarah, env, memo).stats.reused).toBeUndefined();
    const renamed = verifyDefinition(
      ok(lexSarah, { type: 'setTitle', path: `${U}.utredning`, title: 'Utredning av händelsen' }),
      env,
      memo,
    );
    expect(renamed).toMatchObject({ ok: true, stats: { reused: true } });
    const rerouted = verifyDefinition(ok(lexSarah, { type: 'addTransition', source: `${U}.beslut`, target: 'avslut' }), env, memo);
    expect(rerouted.ok).toBe(false);
    expect(rerouted.stats.reused).toBeUndefined();
    // A lawless draft is never reused: its messages name steps whose titles may change.
    expect(
      verifyDefinition(ok(lexSarah, { type: 'addTransition', source: `${U}.beslut`, target: 'avslut' }), env, memo).stats.reused,
    ).toBeUndefined();
    const broken = verifyDefinition(ok(lexSarah, { type: 'setTitle', path: `${U}.bedomning`, title: 'X' }), env, memo);
    expect(broken.ok).toBe(true);
  });
});
