import { describe, expect, it } from 'vitest';
import { createAjvValidator } from './createAjvValidator';
import { deferredValidator } from './deferredValidator';

describe('deferredValidator', () => {
  it('loads once, refuses to compile before, and validates in Swedish after', async () => {
    let loads = 0;
    const v = deferredValidator(async () => (loads++, createAjvValidator()));
    const schema = { type: 'object', properties: { n: { type: 'integer', title: 'Antal' } }, required: ['n'] };
    expect(() => v.compile(schema)).toThrow(/inte inläst/);
    expect(v.load()).toBe(v.load());
    await v.load();
    expect(loads).toBe(1);
    expect(v.compile(schema)({ n: 'x' })[0]?.message).toMatch(/^Antal /);
  });
});
