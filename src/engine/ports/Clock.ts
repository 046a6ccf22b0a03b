/** Injected time source: the engine never reads the ambient clock. */
export interface Clock {
  /** Current instant as an ISO-8601 UTC string. */
  now(): string;
}
