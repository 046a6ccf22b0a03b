import { loadDefinition } from '../definition/loadDefinition';
import type { LoadedDefinition } from '../definition/loadDefinition';
import type { FormSpec, ProcessCatalog } from '../model/ProcessCatalog';
import type { ProcessDefinition } from '../model/ProcessDefinition';
import { definitionRef } from '../model/ProcessDefinition';
import { canonicalJson } from '../events/canonicalJson';
import type { SchemaValidator } from '../ports/SchemaValidator';
import type { Violation } from '../verify/Violation';

export type RegisterResult = { ok: true; loaded: LoadedDefinition; retired?: Violation[] } | { ok: false; violations: Violation[] };

/**
 * Published definitions by `id@version`, each proved by the server: what the browser replays and renders with. It carries
 * no verifier (the editor's own chunk has it); `DefinitionRegistry` adds the proof. Versions are immutable once registered.
 */
export class ProvenRegistry {
  protected readonly byRef = new Map<string, LoadedDefinition>();
  /** Kept versions today's legal skeleton refuses, with why: readable for their ärenden, never opened on or migrated to. */
  protected readonly retiredRefs = new Map<string, Violation[]>();
  private readonly forms: Record<string, FormSpec>;
  /** Bundled forms plus those published with registered versions; grows in place as versions register. */
  readonly catalog: ProcessCatalog;

  constructor(
    base: ProcessCatalog,
    protected readonly validator: SchemaValidator,
  ) {
    this.forms = { ...base.forms };
    this.catalog = { forms: this.forms, legalReferences: base.legalReferences, packs: base.packs };
  }

  /** Schemas already compiled once, by content: the editor re-checks its draft after every edit. */
  private readonly schemaChecks = new Map<string, string | undefined>();

  private schemaProblem(schema: unknown): string | undefined {
    if (!schema || typeof schema !== 'object') return 'schemat saknas.';
    const key = canonicalJson(schema);
    if (this.schemaChecks.has(key)) return this.schemaChecks.get(key);
    let problem: string | undefined;
    try {
      this.validator.compile(schema);
    } catch (e) {
      problem = (e as Error).message;
    }
    this.schemaChecks.set(key, problem);
    return problem;
  }

  /**
   * The catalogue a definition is checked against: ours plus the forms it brings, or why those are refused.
   */
  catalogFor(definition: unknown): { ok: true; catalog: ProcessCatalog } | { ok: false; violations: Violation[] } {
    const own = isDefinitionLike(definition) ? definition.forms : undefined;
    if (!own || typeof own !== 'object') return { ok: true, catalog: this.catalog };
    const violations: Violation[] = [];
    for (const [id, form] of Object.entries(own)) {
      const known = this.forms[id];
      if (
        known &&
        canonicalJson({ schema: known.schema, ui: known.ui ?? {} }) !== canonicalJson({ schema: form?.schema, ui: form?.ui ?? {} })
      )
        violations.push({
          code: 'reference',
          message:
            `Formuläret "${id}" finns redan med annat innehåll. Ett publicerat formulär får inte ändras; spara ändringen under ` +
            `ett nytt namn.`,
        });
      const problem = this.schemaProblem(form?.schema);
      if (problem) violations.push({ code: 'format', message: `Formuläret "${id}" är inte ett giltigt JSON Schema: ${problem}` });
    }
    if (violations.length) return { ok: false, violations };
    return {
      ok: true,
      catalog: { forms: { ...this.forms, ...own }, legalReferences: this.catalog.legalReferences, packs: this.catalog.packs },
    };
  }

  /** Why a kept version no longer satisfies the legal skeleton, or undefined when it does. */
  retired(id: string, version: number): readonly Violation[] | undefined {
    return this.retiredRefs.get(`${id}@${version}`);
  }

  /**
   * Registers a version the authority (the server) has already proved, checking format and
   * references but not repeating the path search: the browser only renders and re-plays with it.
   * `formatChecked`: the sender checked the format and the forms' schemas too (the server, for the browser's cold start:
   * nothing is compiled, so the browser registers before its validator has loaded).
   */
  registerProven(definition: unknown, opts: { formatChecked?: boolean } = {}): RegisterResult {
    const prepared = this.prepare(definition, true, opts.formatChecked === true);
    if (prepared.ok) this.add(prepared.loaded);
    return prepared;
  }

  /**
   * Everything `register` checks (forms, verification, immutability, compilation) without adding the
   * version: publishing stores it first and adds it after, so a failed write leaves nothing known.
   */
  prepare(definition: unknown, proven = false, formatChecked = false): RegisterResult {
    // A version already known with the same content needs no new proof (e.g. in a backup of its ärenden).
    const known = isDefinitionLike(definition) ? this.byRef.get(definitionRef(definition)) : undefined;
    if (known && canonicalJson(known.definition) === canonicalJson(definition)) return { ok: true, loaded: known };
    // A version the server proved reads its forms from the live catalogue: its own join on `add`, the bundled may come later.
    const scoped = formatChecked ? { ok: true as const, catalog: this.catalog } : this.catalogFor(definition);
    if (!scoped.ok) return scoped;
    const catalog = scoped.catalog;
    if (!proven) {
      const refused = this.prove(definition, catalog);
      if (refused) return refused;
    }
    const def = definition as ProcessDefinition;
    const existing = this.byRef.get(definitionRef(def));
    if (existing) {
      if (canonicalJson(existing.definition) === canonicalJson(def)) return { ok: true, loaded: existing };
      return {
        ok: false,
        violations: [
          {
            code: 'reference',
            message: `Version ${def.version} av "${def.title}" finns redan och får inte ändras. Publicera en ny version.`,
          },
        ],
      };
    }
    const loaded = loadDefinition(def, catalog, this.validator, { formatChecked });
    if (!loaded.ok) return { ok: false, violations: loaded.errors.map((message) => ({ code: 'reference', message })) };
    return { ok: true, loaded: loaded.loaded };
  }

  /**
   * Forms that join after start (the browser's bundled forms load after its first rows); a form already known stays as it
   * is (a version's own copy, which the server proved equal).
   */
  addForms(forms: Readonly<Record<string, FormSpec>>): void {
    for (const [id, form] of Object.entries(forms)) this.forms[id] ??= form;
  }

  /** The legal skeleton's proof of a version not proved before: none here, so such a version is refused. */
  protected prove(_definition: unknown, _catalog: ProcessCatalog): { ok: false; violations: Violation[] } | undefined {
    return { ok: false, violations: [{ code: 'reference', message: 'Versionen är inte prövad av servern och kan inte läsas in här.' }] };
  }

  /** Makes a prepared version known, with the forms it brings. */
  add(loaded: LoadedDefinition): void {
    Object.assign(this.forms, loaded.definition.forms ?? {});
    this.byRef.set(definitionRef(loaded.definition), loaded);
  }

  get(id: string, version: number): LoadedDefinition | undefined {
    return this.byRef.get(`${id}@${version}`);
  }

  /** Newest version of a process type: what new ärenden are opened on. */
  latest(processType: string): LoadedDefinition | undefined {
    let best: LoadedDefinition | undefined;
    for (const [ref, l] of this.byRef)
      if (
        l.definition.processType === processType &&
        !this.retiredRefs.has(ref) &&
        (!best || l.definition.version > best.definition.version)
      )
        best = l;
    return best;
  }

  all(): LoadedDefinition[] {
    return [...this.byRef.values()];
  }

  /** Every version of one definition id, oldest first. */
  versions(id: string): LoadedDefinition[] {
    return this.all()
      .filter((l) => l.definition.id === id)
      .sort((a, b) => a.definition.version - b.definition.version);
  }
}

export function isDefinitionLike(value: unknown): value is ProcessDefinition {
  const d = value as Partial<ProcessDefinition> | null;
  return !!d && typeof d === 'object' && typeof d.processType === 'string' && !!d.machine && typeof d.machine === 'object' && !!d.commands;
}
