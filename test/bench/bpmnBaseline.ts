import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';

/** The six lex Sarah steps as a BPMN process of user tasks, executed by bpmn-engine as the baseline. */
export const SIX_STEPS = ['rapport', 'omedelbara_atgarder', 'registrering', 'utredning', 'bedomning', 'beslut'] as const;

const tasks = SIX_STEPS.map((id) => `<userTask id="${id}" />`).join('');
const flows = ['start', ...SIX_STEPS, 'end']
  .slice(0, -1)
  .map((from, i, all) => `<sequenceFlow id="f${i}" sourceRef="${from}" targetRef="${all[i + 1] ?? 'end'}" />`)
  .join('');

export const LEX_SARAH_BPMN = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="lexSarahDefs">
  <process id="lexSarah" isExecutable="true">
    <startEvent id="start" />${tasks}<endEvent id="end" />${flows}
  </process>
</definitions>`;

/** Runs one instance to completion, signalling each user task as it waits. Resolves with the number of steps. */
export function runBpmnInstance(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let steps = 0;
    const listener = new EventEmitter();
    listener.on('wait', (api: { signal: (data?: unknown) => void }) => {
      steps++;
      api.signal({ ok: true });
    });
    const engine = new Engine({ name, source: LEX_SARAH_BPMN });
    engine.execute({ listener }, (err: Error | null) => (err ? reject(err) : resolve(steps)));
  });
}
