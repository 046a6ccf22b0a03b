import type { FormSpec, LegalSkeleton, ProcessDefinition } from '../../engine/index';
import { boundFieldsOf, dateFieldsRead } from '../../engine/index';
import { unusedFormId } from '../commands/newStepForm';
import { FieldEditor } from '../fields/index';
import type { StepEditing } from './stepEditing';
import { StepPreview } from './StepPreview';

interface StepFieldsProps {
  edit: StepEditing;
  /** Its process's legal skeleton (from the pack registry). */
  skeleton: LegalSkeleton;
  definition: ProcessDefinition;
  stepKey: string;
  form: FormSpec;
  forms: Readonly<Record<string, FormSpec>>;
  nextVersion: number;
  /** The step's help text, shown in the preview as in the case. */
  help: string | undefined;
}

/** The step's form fields; those the law and the skeleton's rules read are locked. */
export function StepFields({ edit, skeleton, definition, stepKey, form, forms, nextVersion, help }: StepFieldsProps) {
  // What the law requires, and what its date rules, jäv and mandated tracks read, stay in the form (the verifier refuses a form without
  // them).
  const event = `${stepKey}.submit`;
  const bound = boundFieldsOf(skeleton)
    .filter((b) => b.bound.event === event)
    .map((b) => b.bound.path);
  const required = skeleton.steps[stepKey]?.requiredFields ?? [];
  const locked = new Set([...required, ...dateFieldsRead(skeleton, event), ...bound].map((f) => f.split(/[.[]/)[0]!));

  // A published form never changes: the first edit copies it under a new id for the next version.
  const changeForm = (next: FormSpec) => {
    const editable = definition.forms?.[next.id] !== undefined;
    const base = next.id.replace(/-v\d+$/, '');
    const id = editable ? next.id : unusedFormId(`${base}-v${nextVersion}`, (x) => !!forms[x]);
    const { examples: _examples, ...spec } = next; // examples belong to the bundled forms, not to a published version
    edit.run(
      [{ type: 'putForm', form: { ...spec, id, schema: { ...spec.schema, $id: `kf:form:${id}` } }, path: edit.path }],
      `Formuläret för "${edit.title}" är ändrat i utkastet.`,
    );
  };

  // The bundled form this one descends from: what its groups and lists hold stays, local additions may go again.
  const base = form.id.replace(/-v\d+$/, '');
  const original = forms[base];
  // Keyed by the step and the form's lineage: the first edit copies a published form under a new id, the editor stays.
  return (
    <div className="step-fields">
      <FieldEditor key={`${stepKey}|${base}`} form={form} original={original} locked={locked} onChange={changeForm} headingLevel={3} />
      <StepPreview form={form} title={edit.title} help={help} />
    </div>
  );
}
