import { useContext, useMemo } from 'react';
import type { FormSpec } from '../../engine/index';
import { withLegalTexts } from '../../engine/index';
import { BaseServicesContext, ServicesContext } from '../../kit/services';

/**
 * The form with each `{lagrum:…}` in its texts worded from the legal reference table, so a changed paragraph number is
 * changed in one place. The form itself keeps the reference (the editor copies it as written).
 */
export function useLegalTexts(form: FormSpec): FormSpec {
  const legal = useLegalReferences();
  return useMemo(
    () => (legal ? { ...form, schema: withLegalTexts(form.schema, legal), ui: withLegalTexts(form.ui, legal) } : form),
    [form, legal],
  );
}

/** A definition's text (a step's help) with each `{lagrum:…}` worded from the table. */
export function useLegalText(text: string | undefined): string | undefined {
  const legal = useLegalReferences();
  return text !== undefined && legal ? withLegalTexts(text, legal) : text;
}

function useLegalReferences() {
  const signedIn = useContext(ServicesContext);
  const base = useContext(BaseServicesContext);
  return signedIn ? signedIn.catalog.legalReferences : base?.backend.registry.catalog.legalReferences;
}
