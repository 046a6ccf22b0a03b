import { describe, expect, it } from 'vitest';
import { createAjvValidator } from '../../adapters/ajv/createAjvValidator';
import { backupFormatSchema } from './backupFormatSchema';

// The link rels a backup may hold are the packs' (PackRegistry.linkTitles), handed in when the schema is made.
describe('backupFormatSchema', () => {
  const schema = backupFormatSchema(['eskalerad_till', 'eskalerad_fran']) as {
    properties: { events: { items: { properties: { links: { items: { properties: { rel: unknown } } } } } } };
  };

  it('allows exactly the rels it is given on an event link', () => {
    const rel = schema.properties.events.items.properties.links.items.properties.rel;
    expect(rel).toEqual({ enum: ['eskalerad_till', 'eskalerad_fran'] });
    const check = createAjvValidator().compile({ ...(rel as object) });
    expect(check('eskalerad_till')).toEqual([]);
    expect(check('okand')).not.toEqual([]);
  });

  it('leaves nothing of its marker anywhere else', () => {
    expect(JSON.stringify(schema)).not.toContain('ersätts av processernas');
  });
});
