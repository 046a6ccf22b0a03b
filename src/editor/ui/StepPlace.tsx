import { useId, useState } from 'react';
import type { StateGraph } from '../../engine/index';
import { ConfirmButton } from './ConfirmButton';
import { titleOfPath } from './graphText';
import type { StepEditing } from './stepEditing';

/** The step's place in the flow: move or remove it, its routes onward, and a new route to another step. */
export function StepPlace({ edit, graph }: { edit: StepEditing; graph: StateGraph }) {
  const uid = useId();
  const { path, title, run } = edit;
  const [target, setTarget] = useState('');
  const targets = graph.order.filter((p) => p !== path && ['atomic', 'final'].includes(graph.nodes.get(p)!.kind));
  const own = graph.transitions.filter((t) => t.source === path && t.target);
  return (
    <>
      <h3>Stegets plats i flödet</h3>
      <p className="actions">
        <button type="button" onClick={() => run([{ type: 'moveStep', path, delta: -1 }], `"${title}" är flyttat uppåt.`)}>
          Flytta upp
        </button>
        <button type="button" onClick={() => run([{ type: 'moveStep', path, delta: 1 }], `"${title}" är flyttat nedåt.`)}>
          Flytta ner
        </button>
        <ConfirmButton
          className="danger"
          label="Ta bort steget"
          question={`Ta bort "${title}" ur utkastet? Det går att ångra.`}
          confirm="Ja, ta bort steget"
          onConfirm={() => run([{ type: 'removeStep', path }], `"${title}" är borttaget ur utkastet.`)}
        />
      </p>
      <h4>Vägar vidare från steget</h4>
      <ul>
        {own.map((t) => (
          <li key={`${t.event}-${t.order}`}>
            → {titleOfPath(graph, t.target!)}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => run([{ type: 'removeTransition', source: path, event: t.event, index: t.order }], 'Vägen är borttagen.')}
            >
              Ta bort vägen till {titleOfPath(graph, t.target!)}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return edit.refuse('Välj vilket steg den nya vägen ska gå till.');
          run(
            [{ type: 'addTransition', source: path, target }],
            `En ny väg från "${title}" till "${titleOfPath(graph, target)}" är tillagd.`,
          );
        }}
      >
        <label htmlFor={`${uid}-target`}>Ny väg till</label>
        <select id={`${uid}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">Välj steg</option>
          {targets.map((p) => (
            <option key={p} value={p}>
              {titleOfPath(graph, p)}
            </option>
          ))}
        </select>
        <button type="submit">Lägg till väg</button>
      </form>
    </>
  );
}
