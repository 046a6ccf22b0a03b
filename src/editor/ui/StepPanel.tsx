import { useEffect, useId, useRef, useState } from 'react';
import { ROLE_TITLES } from '../../engine/index';
import type { FormSpec, LegalSkeleton, ProcessDefinition, StateGraph } from '../../engine/index';
import type { EditCommand } from '../commands/EditCommand';
import { AddStepForm } from './AddStepForm';
import { titleOfPath } from './graphText';
import type { StepEditing } from './stepEditing';
import { StepFields } from './StepFields';
import { StepFormChoice } from './StepFormChoice';
import { StepPlace } from './StepPlace';
import { StepProperties } from './StepProperties';

interface Props {
  definition: ProcessDefinition;
  graph: StateGraph;
  path: string;
  forms: Readonly<Record<string, FormSpec>>;
  /** Its process's legal skeleton (from the pack registry). */
  skeleton: LegalSkeleton;
  nextVersion: number;
  /** Applies edits saved together, all or none; returns the Swedish refusal when one is not possible. */
  dispatch(cmds: readonly EditCommand[]): string | undefined;
  onSelect(path: string): void;
}

/** Everything about the selected step: its properties, its place in the flow, and its form's fields. */
export function StepPanel({ definition, graph, path, forms, skeleton, nextVersion, dispatch, onSelect }: Props) {
  const uid = useId();
  const node = graph.nodes.get(path)!;
  const meta = node.meta;
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string; for: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  // The last message stays until another step is chosen; a chosen step's panel comes into view with focus on it.
  useEffect(() => {
    setMessage((m) => (m?.for === path ? m : undefined));
    heading.current?.scrollIntoView?.({ block: 'start' });
    heading.current?.focus();
  }, [path]);

  if (!meta?.form) return <p>Välj ett steg i dispositionen eller grafen för att ändra det.</p>;
  const skeletonStep = skeleton.steps[node.key];
  const form = forms[meta.form];
  const edit: StepEditing = {
    path,
    title: meta.title,
    run: (cmds, done) => {
      const refused = cmds.length > 0 ? dispatch(cmds) : undefined;
      setMessage(refused ? { kind: 'bad', text: refused, for: path } : { kind: 'ok', text: done, for: path });
      return refused === undefined;
    },
    select: (to, note) => {
      if (note) setMessage({ kind: 'ok', text: note, for: to });
      onSelect(to);
    },
    refuse: (text) => setMessage({ kind: 'bad', text, for: path }),
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="step-panel">
      <h2 id={`${uid}-h`} ref={heading} tabIndex={-1}>
        Steg: {meta.title}
      </h2>
      {meta.mandatedStep && (
        <p className="notice">
          Obligatoriskt steg enligt lag{skeletonStep ? ` (ska utföras av ${ROLE_TITLES[skeletonStep.role]})` : ''}. Du kan ändra namn,
          hjälptext och tidskrav, men inte ta bort steget, flytta det eller ge det en annan roll.
        </p>
      )}
      {message && (
        <p role={message.kind === 'bad' ? 'alert' : 'status'} className={message.kind === 'bad' ? 'rejection' : 'success'}>
          {message.text}
        </p>
      )}
      <StepProperties edit={edit} meta={meta} definition={definition} forms={forms} />
      <StepFormChoice edit={edit} definition={definition} current={meta.form} forms={forms} />
      <StepPlace edit={edit} graph={graph} />
      <AddStepForm edit={edit} definitionId={definition.id} forms={forms} ways={waysOn(graph, path, node.key)} />
      {form ? (
        <StepFields
          edit={edit}
          skeleton={skeleton}
          definition={definition}
          stepKey={node.key}
          form={form}
          forms={forms}
          nextVersion={nextVersion}
          help={meta.help}
        />
      ) : (
        <p className="rejection">Formuläret "{meta.form}" finns inte.</p>
      )}
    </section>
  );
}

/** The steps this one's completion leads to, each once: where a new step after it may go. */
function waysOn(graph: StateGraph, path: string, key: string): { key: string; title: string }[] {
  const targets = (graph.bySourceEvent.get(`${path}|${key}.submit`) ?? []).flatMap((t) => (t.target ? [t.target] : []));
  return [...new Set(targets)].map((t) => ({ key: graph.nodes.get(t)?.key ?? t, title: titleOfPath(graph, t) }));
}
