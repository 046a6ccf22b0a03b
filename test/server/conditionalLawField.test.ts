import { beforeAll, describe, expect, it } from 'vitest';
import type { FormSpec, ProcessDefinition } from '../../src/engine/index';
import { CLIENT_HEADER } from '../../src/server/http/buildApp';
import { memoryServer } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';

/**
 * Issue 27, as a careless process owner or a crafted file would try it: "Visa fältet" on a field the law requires, written
 * into the definition by hand (the editor refuses it). The server's proof refuses to publish it, in Swedish.
 */
describe('a law field made conditional outside the editor', () => {
  let s: MemoryServer;
  beforeAll(async () => {
    s = await memoryServer('2026-06-01T08:00:00.000Z');
  });

  it('is refused at publish with the field named, and no version is stored', async () => {
    const latest = s.engine.registry.latest('lex-sarah')!.definition;
    const form = structuredClone(s.engine.registry.catalog.forms['lex-sarah-bedomning']!) as FormSpec;
    const id = `lex-sarah-bedomning-v${latest.version + 1}`;
    const required = (form.schema.required as string[]).filter((n) => n !== 'motivering');
    // "Motivering" shown (and required) only when the missförhållande is judged serious: the law asks for it always.
    const allOf = [
      ...((form.schema.allOf as unknown[] | undefined) ?? []),
      { if: { properties: { allvarligt: { const: true } }, required: ['allvarligt'] }, then: { required: ['motivering'] } },
    ];
    const draft: ProcessDefinition = structuredClone(latest);
    draft.forms = {
      ...(draft.forms ?? {}),
      [id]: { id, schema: { ...form.schema, $id: `kf:form:${id}`, required, allOf }, ui: form.ui ?? {} },
    };
    const bedomning = draft.machine.states.handlaggning!.states!.utredningsspar!.states!.bedomning!.meta!;
    bedomning.form = id;
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/definitions/publish',
      headers: { ...(await s.as('user:petra')), [CLIENT_HEADER]: '1' },
      payload: { draft, note: 'Motivering bara vid allvarligt.' },
    });
    expect(res.statusCode, res.body).toBe(422);
    const { violations } = JSON.parse(res.body) as { violations: { message: string }[] };
    expect(violations.map((v) => v.message).join(' ')).toContain('måste ha det obligatoriska fältet "motivering" som krävt fält');
    expect(s.engine.registry.latest('lex-sarah')!.definition.version).toBe(latest.version);
  });
});
