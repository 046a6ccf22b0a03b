import type { ProcessCatalog } from '../model/ProcessCatalog';
import { definitionRef } from '../model/ProcessDefinition';
import type { SchemaValidator } from '../ports/SchemaValidator';
import type { Hasher } from '../ports/Hasher';
import { definitionFingerprint } from '../verify/fingerprint';
import { verifyDefinition } from '../verify/verifyDefinition';
import type { Violation } from '../verify/Violation';
import { isDefinitionLike, ProvenRegistry } from './ProvenRegistry';
import type { RegisterResult } from './ProvenRegistry';

export type { RegisterResult } from './ProvenRegistry';

/** Fingerprints of definitions already proved lawful (e.g. kept in IndexedDB between starts). */
export interface VerifiedCache {
  has(fingerprint: string): boolean;
  add(fingerprint: string): void;
}

/** Published, verified definitions by `id@version`: the proven registry plus the legal skeleton's proof (the server's). */
export class DefinitionRegistry extends ProvenRegistry {
  constructor(
    base: ProcessCatalog,
    validator: SchemaValidator,
    private readonly verified?: { cache: VerifiedCache; hasher: Hasher },
  ) {
    super(base, validator);
  }

  protected override prove(definition: unknown, catalog: ProcessCatalog): { ok: false; violations: Violation[] } | undefined {
    const fingerprint =
      this.verified && isDefinitionLike(definition) ? definitionFingerprint(definition, catalog, this.verified.hasher) : undefined;
    if (fingerprint && this.verified!.cache.has(fingerprint)) return undefined;
    const verdict = verifyDefinition(definition, { catalog, validator: this.validator });
    if (!verdict.ok) return { ok: false, violations: verdict.violations };
    if (fingerprint) this.verified!.cache.add(fingerprint);
    return undefined;
  }

  /**
   * Verifies and registers; the same id@version with other content is refused (versions are
   * immutable). A definition whose fingerprint was proved before skips only the path search.
   */
  register(definition: unknown): RegisterResult {
    const prepared = this.prepare(definition);
    if (prepared.ok) this.add(prepared.loaded);
    return prepared;
  }

  /**
   * Registers a version already stored or shipped. One the legal skeleton has since been tightened
   * against stays readable for its running ärenden but is retired: no new ärende opens on it.
   */
  registerKept(definition: unknown): RegisterResult {
    const result = this.register(definition);
    if (result.ok || result.violations.some((v) => v.code === 'format' || v.code === 'reference')) return result;
    const loaded = this.prepare(definition, true);
    if (!loaded.ok) return loaded;
    this.add(loaded.loaded);
    this.retiredRefs.set(definitionRef(loaded.loaded.definition), result.violations);
    return { ...loaded, retired: result.violations };
  }
}
