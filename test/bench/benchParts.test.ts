import { describe, expect, it } from 'vitest';
import { runBpmnInstance, SIX_STEPS } from './bpmnBaseline';
import { benchEngine, LEX_SARAH_SIX, replayAll, runSteps } from './engineBench';
import { verifierBench } from './verifierBench';

/**
 * The benchmark's parts run in `npm test` at a small size, so a change that breaks one (as the editor part broke when the
 * avvikelse skeleton grew a mandated step) fails here and not first in `npm run bench`. Figures are not judged here.
 */
describe('the benchmark cannot rot', () => {
  it('runs the engine steps, the replay with hash checks and the BPMN baseline', async () => {
    const { engine, store } = await benchEngine('smoke');
    expect(await runSteps(engine, 3, LEX_SARAH_SIX)).toBe(3 * LEX_SARAH_SIX.length);
    expect(replayAll(engine, await store.allEvents())).toBe((await store.allEvents()).length);
    expect(await runBpmnInstance('smoke')).toBe(SIX_STEPS.length);
  });

  it("verifies the editor's large definition, and again after a text edit (memo reused) and a structural one (not)", () => {
    const v = verifierBench();
    expect(v.states).toBeGreaterThanOrEqual(200);
    expect(v.transitions).toBeGreaterThan(500);
  }, 60_000);
});
