/** Injected id source: ids are prefixed with their type, e.g. `arende:…`, `event:…`. */
export interface IdGenerator {
  next(prefix: string): string;
}
