/** One problem found by schema validation, already phrased in Swedish. */
export interface FieldError {
  /** JSON pointer of the field, e.g. `/rapportor/namn` (empty for the whole object). */
  pointer: string;
  /** Swedish label of the field (from the schema's `title`), or the pointer when untitled. */
  label: string;
  /** Swedish message that names the field and what is wrong. */
  message: string;
}

export type ValidateFn = (data: unknown) => readonly FieldError[];

/**
 * Port for JSON Schema validation (Ajv in the adapter). The engine compiles each schema once
 * and reuses the function; messages must be Swedish and name the field.
 */
export interface SchemaValidator {
  compile(schema: object): ValidateFn;
}
