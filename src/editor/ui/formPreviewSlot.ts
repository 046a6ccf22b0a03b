import { createContext } from 'react';
import type { ComponentType } from 'react';
import type { FormSpec } from '../../engine/index';

/** What a step's form preview is given: the form as it stands in the draft, the step's title and help text. */
export interface FormPreviewProps {
  form: FormSpec;
  title: string;
  help?: string;
}

/**
 * The app's own step form, handed in by the shell: the editor may not import a page, yet the preview must be the very form
 * the case handler sees. Without it (tests of the editor alone) no preview is offered.
 */
export const FormPreviewSlot = createContext<ComponentType<FormPreviewProps> | undefined>(undefined);
