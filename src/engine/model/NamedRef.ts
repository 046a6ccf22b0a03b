/** A guard or action reference, implemented once in the engine's behaviour library. */
export interface NamedRef {
  type: string;
  params?: Record<string, unknown>;
}
