import { describe, expect, it } from 'vitest';
import { createWorld, example } from '../../../test/support/world';
import { createCommitted } from './committed';

describe('the committed effect', () => {
  it('tells every subscriber the ärenden a commit wrote, and nothing for a refused command', async () => {
    const w = await createWorld();
    const heard: (readonly string[])[] = [];
    const stop = w.engine.onCommitted((ids) => heard.push(ids));
    const id = await w.open('avvikelse', 'enhet:solgarden', 'user:anna');
    expect(heard).toEqual([[id]]);
    const refused = await w.attempt(id, 'user:anna', 'rapport.submit', {});
    expect(refused.ok).toBe(false);
    expect(heard).toHaveLength(1);
    await w.step(id, 'user:anna', 'rapport.submit', example('avvikelse-rapport'));
    expect(heard).toEqual([[id], [id]]);
    stop();
    await w.step(id, 'user:erik', 'bedomning.submit', example('avvikelse-bedomning')).catch(() => undefined);
    expect(heard).toHaveLength(2);
  });

  it('keeps telling the others when one subscriber throws', () => {
    const committed = createCommitted();
    const heard: string[] = [];
    committed.subscribe(() => {
      throw new Error('trasig prenumerant');
    });
    committed.subscribe((ids) => heard.push(...ids));
    committed.emit(['arende:a', 'arende:a', 'arende:b']);
    expect(heard).toEqual(['arende:a', 'arende:b']);
  });
});
