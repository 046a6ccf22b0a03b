import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { ROLES, roleReadsProcess, verifyDefinition } from '../../src/engine/internal';
import type { LegalSkeleton, ProcessDefinition, RoleId } from '../../src/engine/internal';
import { boundFieldsOf } from '../../src/engine/internal';
import { newestShippedDefinitions } from '../support/catalog';
import * as m from '../support/lawMutations';
import { removeStep } from '../support/mutations';
import { catalog, validator } from '../support/world';
import { expectRefusedWithExample } from '../support/headline';

/**
 * The mutation families of what the skeleton's rules read (issue 21): actions removed or weakened, value domains
 * narrowed, law-bound questions and options reworded, kinds and thresholds changed, new commands with a protected
 * effect, and the places where åtgärder are followed up removed. Generated from each pack's skeleton, so a new pack
 * gets them without a line of its own; each must be refused with a Swedish counter-example.
 */

/** Verifies a variant as publishing does: with the forms it brings. */
function verify(def: ProcessDefinition) {
  const base = catalog();
  return verifyDefinition(def, { catalog: { ...base, forms: { ...base.forms, ...def.forms } }, validator });
}

type Case = readonly [name: string, mutate: () => ProcessDefinition];

function javCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  const jav = s.jav;
  if (!jav) return [];
  const judging = (s.independentEvents ?? []).filter((e) => m.transitionsOfEvent(def, e).length > 0);
  return [
    ...judging.map((e): Case => [`lets the jäviga send ${e}`, () => m.removeGuard(def, e, 'isIndependent')]),
    ['removes the recording of jäv', () => m.removeAction(def, jav.event, 'addJav')],
    ...jav.paths.map((p): Case => [
      `leaves ${p} out of jäv`,
      () => m.editAction(def, jav.event, 'addJav', (x) => void (x.paths = (x.paths as string[]).filter((q) => q !== p))),
    ]),
    [
      'spares the actor from jäv by another field',
      () => m.editAction(def, jav.event, 'addJav', (x) => void (x.actorUnless = 'efterregistrering')),
    ],
  ];
}

function atgardCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  const rules = s.atgarder;
  if (!rules) return [];
  const present = (e: string) => m.transitionsOfEvent(def, e).length > 0;
  const verify = rules.status.verifierad.events[0]!;
  const report = rules.status.genomford.events[0]!;
  return [
    ...rules.addedBy.filter(present).map((e): Case => [`stops ${e} adding its åtgärder`, () => m.removeAction(def, e, 'addAtgarder')]),
    [`makes ${report} verify`, () => m.setStatusVia(def, report, 'verifierad')],
    [`makes ${verify} verify an åtgärd never reported done`, () => m.widenSource(def, verify)],
    ['adds a command that verifies without jäv', () => m.newStatusCommand(def, verify, 'verifierad')],
    ['adds a command that withdraws', () => m.newStatusCommand(def, verify, 'atertagen')],
    [`removes ${verify} everywhere`, () => m.removeEvent(def, verify)],
    [`removes ${report} everywhere`, () => m.removeEvent(def, report)],
  ];
}

/** Every non-mandated step where åtgärder are followed up (lex Sarah's Uppföljning), removed as the editor would. */
function followUpCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  const verify = s.atgarder?.status.verifierad.events[0];
  if (!verify) return [];
  const keys = m.statesWith(def, verify).filter((k) => !s.steps[k]);
  return keys.map((k): Case => [`deletes the step "${k}" where åtgärder are verified`, () => removeStep(def, k)]);
}

function fieldCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  const base = catalog();
  return boundFieldsOf(s).flatMap(({ bound }): Case[] => [
    [`removes ${bound.path} from ${bound.event}`, () => m.editForm(def, base, bound.event, (schema) => m.removeField(schema, bound.path))],
    ...(bound.titles
      ? [
          [
            `rewords ${bound.path} in ${bound.event}`,
            () => m.editForm(def, base, bound.event, (schema) => m.retitle(schema, bound.path, 'Kan detta avstås?')),
          ] as Case,
        ]
      : []),
    ...(bound.options ?? []).flatMap((o): Case[] => [
      [
        `forbids ${JSON.stringify(o.value)} for ${bound.path} in ${bound.event}`,
        () => m.editForm(def, base, bound.event, (schema) => m.forbidValue(schema, bound.path, o.value)),
      ],
      ...(o.labels.length
        ? [
            [
              `relabels ${JSON.stringify(o.value)} of ${bound.path}`,
              () => m.editForm(def, base, bound.event, (schema) => m.relabelOption(schema, bound.path, o.value, 'Inte aktuellt')),
            ] as Case,
          ]
        : []),
    ]),
  ]);
}

/** A new step after the first, given to each role that cannot open the process's ärenden (lex Sarah to the MAS). */
function accessCases(def: ProcessDefinition): Case[] {
  return ROLES.filter((r) => !roleReadsProcess(REGISTRY.grants, r, def.processType)).map((r): Case => [
    `gives a new step to ${r}, who cannot read ${def.processType}`,
    () => m.insertStepAfterFirst(def, r),
  ]);
}

function ruleCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  const obligations = (s.obligations ?? []).map((o): Case => [
    `shows "${o.title}" as the other kind`,
    () => m.relabelObligation(def, s, o.step),
  ]);
  const bounds = Object.values(s.steps).flatMap((step) =>
    (step.requiredGuards ?? []).flatMap((g) =>
      Object.entries(g.params ?? {})
        .filter(([, v]) => typeof (v as { max?: number })?.max === 'number')
        .map(([k, v]): Case => [
          `loosens ${g.type}.${k} on "${step.title}"`,
          () => m.setGuardParam(def, `${step.key}.submit`, g.type, k, (v as { max: number }).max * 2),
        ]),
    ),
  );
  return [...obligations, ...bounds];
}

/**
 * The skeleton's commands (a kvittens recorded once per person): each required guard taken off, the command given to
 * another role. A needed command removed altogether is refused too, though with no place to show (tested below).
 */
function commandCases(def: ProcessDefinition, s: LegalSkeleton): Case[] {
  return (s.commands ?? [])
    .filter((c) => m.transitionsOfEvent(def, c.event).length > 0)
    .flatMap((c): Case[] => [
      // onceEach beside recordOwnStep is refused by the loader already, before any path exists (the pack's test shows it).
      ...c.requiredGuards
        .filter((g) => g.type !== 'onceEach')
        .map((g): Case => [`takes ${g.type} off ${c.event}`, () => m.removeGuard(def, c.event, g.type)]),
      ...(c.role ? [[`gives ${c.event} to another role`, () => m.reRoleEvent(def, c.event, otherRole(c.role!))] as Case] : []),
    ]);
}

function otherRole(role: RoleId): RoleId {
  return role === 'enhetschef' ? 'verksamhetschef' : 'enhetschef';
}

let variants = 0;
let rejected = 0;
const perPack = new Map<string, number>();

describe.each(newestShippedDefinitions().map((d) => [d.id, d] as const))('law-bound mutations of %s', (_id, shipped: ProcessDefinition) => {
  const s = REGISTRY.requirePack(shipped.processType).skeleton;
  const cases = [
    ...javCases(shipped, s),
    ...atgardCases(shipped, s),
    ...followUpCases(shipped, s),
    ...fieldCases(shipped, s),
    ...ruleCases(shipped, s),
    ...commandCases(shipped, s),
    ...accessCases(shipped),
  ];
  perPack.set(shipped.processType, cases.length);
  it.each(cases)('rejects a variant that %s, with a Swedish counter-example', (_name, mutate) => {
    variants++;
    expectRefusedWithExample(verify(mutate()));
    rejected++;
  });
  const needed = (s.commands ?? []).filter((c) => !c.optional);
  it.each(needed.map((c) => [c.event, c] as const))('rejects a variant without the command %s, naming it', (_event, c) => {
    variants++;
    const result = verify(m.removeEvent(shipped, c.event));
    expect(result.ok).toBe(false);
    expect(result.violations.map((v) => v.code)).toContain('mandated_command_missing');
    rejected++;
  });
});

describe('the families reach every pack', () => {
  it('generates cases for everything each skeleton says must be recorded', () => {
    for (const def of newestShippedDefinitions()) {
      const s = REGISTRY.requirePack(def.processType).skeleton;
      const commandGuards = (s.commands ?? []).reduce((n, c) => n + c.requiredGuards.length + (c.role ? 1 : 0), 0);
      const expected = (s.jav ? 1 : 0) + (s.atgarder ? 1 : 0) + boundFieldsOf(s).length + (s.obligations?.length ?? 0) + commandGuards;
      expect(perPack.get(def.processType) ?? 0, def.processType).toBeGreaterThanOrEqual(expected);
    }
  });
});

afterAll(() => {
  console.log(`Mutationstester av det lagen läser: ${rejected} av ${variants} varianter avvisades med motexempel.`);
});
