import { useContext, useMemo } from 'react';
import type { FormSpec } from '../../engine/index';
import { withLegalTexts } from '../../engine/index';
import { BaseServicesContext, ServicesContext } from '../../kit/services';

/**
 * The form with each `{lagrum:…}` in its texts worded from the legal reference table, so a changed paragraph number is
 * changed in one place. The form itself keeps the reference (the editor copies it as written).
 */
export function useLegalTexts(form: FormSpec): FormSpec {
  const signedIn = useContext(ServicesContext);
  const base = useContext(BaseServicesContext);
  const legal = signedIn ? signedIn.catalog.legalReferences : base?.backend.registry.catalog.legalReferences;
  return useMemo(
    () => (legal ? { ...form, schema: withLegalTexts(form.schema, legal), ui: withLegalTexts(form.ui, legal) } : form),
    [form, legal],
  );
}
