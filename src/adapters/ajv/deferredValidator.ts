import type { SchemaValidator } from '../../engine/internal';

/** A SchemaValidator whose implementation (Ajv, ≈ 40 kB gzip) loads after the first rows, not with them. */
export interface DeferredValidator extends SchemaValidator {
  /** Starts the load once; the same promise every time (a page that validates renders after it, see `BaseServices.ready`). */
  load(): Promise<void>;
}

/**
 * Compiling before the load has finished is a mistake of the app's wiring, not of anyone's input: it throws and names it.
 * The browser's cold start compiles nothing (the server proved the definitions, `registerProven` with `formatChecked`).
 */
export function deferredValidator(loadImpl: () => Promise<SchemaValidator>): DeferredValidator {
  let impl: SchemaValidator | undefined;
  let loading: Promise<void> | undefined;
  return {
    load: () =>
      (loading ??= loadImpl().then((v) => {
        impl = v;
      })),
    compile(schema) {
      if (!impl) throw new Error('Formulärkontrollen är inte inläst än: sidan ska vänta på den (BaseServices.ready).');
      return impl.compile(schema);
    },
  };
}
