import { describe, expect, it } from 'vitest';
import { loadCatalogFromDisk, loadShippedDefinitions } from '../adapters/catalog/diskCatalog';
import { PACKS, REGISTRY } from './packs';
import type { ProcessPack } from '../engine/model/ProcessPack';
import { baseFormId } from '../engine/runtime/stepDefaults';
import { packUiLoaders } from '../kit/usePackUi';
import type { PackUi } from '../kit/PackUi';
import { verifyDefinition } from '../engine/verify/verifyDefinition';
import { violationText } from '../engine/verify/violationText';
import { createAjvValidator } from '../adapters/ajv/createAjvValidator';

/** What the compiler cannot see: a pack and its machine, forms and other packs must fit together. */
const { linkTitles: LINK_TITLES, printDocuments: PRINT_DOCUMENTS, types: PROCESS_TYPES } = REGISTRY;

// Found by their place, as src/main.tsx finds them.
const PACK_UI = packUiLoaders(import.meta.glob<{ ui: PackUi }>('./*/ui.tsx'));

describe('process packs', () => {
  const packs: readonly ProcessPack[] = PACKS;
  const definitions = loadShippedDefinitions();
  const catalog = loadCatalogFromDisk(REGISTRY);

  it('pairs every pack with a shipped definition, and every definition with a pack', () => {
    for (const p of packs)
      expect(
        definitions.some((d) => d.processType === p.type),
        `machines/ saknar en definition för ${p.type}`,
      ).toBe(true);
    for (const d of definitions)
      expect(PROCESS_TYPES as readonly string[], `${d.id} v${d.version} har ingen processmodul`).toContain(d.processType);
    expect(new Set(PROCESS_TYPES).size).toBe(PROCESS_TYPES.length);
  });

  it('gives each pack its own skeleton, whose steps the newest definition has', () => {
    for (const p of packs) {
      expect(p.skeleton.processType).toBe(p.type);
      const newest = definitions.filter((d) => d.processType === p.type).sort((a, b) => b.version - a.version)[0]!;
      const json = JSON.stringify(newest.machine);
      for (const key of Object.keys(p.skeleton.steps)) expect(json, `${p.type}: steget ${key}`).toContain(`"${key}"`);
    }
  });

  it('opens only packs that exist, and packs that open the same link agree on where it goes and what it is called', () => {
    const byRel = new Map<string, { processType: string; title: string }>();
    const backs = new Set<string>();
    for (const p of packs)
      for (const o of p.opens ?? []) {
        expect(PROCESS_TYPES as readonly string[]).toContain(o.processType);
        const seen = byRel.get(o.rel);
        if (seen) expect({ processType: o.processType, title: o.title }).toEqual(seen);
        byRel.set(o.rel, { processType: o.processType, title: o.title });
        // Each opener names its own back link, so the opened ärende says where it came from.
        expect(backs.has(o.back), `${o.back} används av två processer`).toBe(false);
        backs.add(o.back);
        expect(LINK_TITLES[o.back]).toBe(o.backTitle);
      }
  });

  it("keeps every pack's newest shipped definition within its skeleton (else fails with the verifier's counter-example)", () => {
    const validator = createAjvValidator();
    for (const p of packs) {
      const newest = definitions.filter((d) => d.processType === p.type).sort((a, b) => b.version - a.version)[0]!;
      const found = verifyDefinition(newest, { catalog, validator }).violations.map(violationText);
      expect(found, `${p.type} v${newest.version}`).toEqual([]);
    }
  });

  it('grants the MAS the ärenden of exactly the processes that hand over to her, on that link only', () => {
    const handing = packs.filter((p) => p.opens?.some((o) => o.rel === 'overlamnad_till')).map((p) => p.type);
    const granted = (REGISTRY.grants.mas ?? []).filter((g) => g.linkRel === 'overlamnad_till').flatMap((g) => g.processTypes);
    expect(granted.sort(), "each handing pack's grants: { role: 'mas', linkRel: 'overlamnad_till' }").toEqual(handing.sort());
  });

  it('renders every print document it lists, from its own folder, and names no document twice', async () => {
    const ids = packs.flatMap((p) => (p.documents ?? []).map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(PRINT_DOCUMENTS.size).toBe(ids.length);
    for (const p of packs) {
      if (!p.documents?.length) continue;
      const load = PACK_UI[p.type];
      expect(load, `${p.type} listar dokument men har ingen src/processes/${p.type}/ui.tsx`).toBeDefined();
      const { ui } = await load!();
      for (const d of p.documents) expect(typeof ui.documents?.[d.id], `${p.type}: dokumentet ${d.id}`).toBe('function');
    }
  });

  it('offers Ny rapport only for a process whose first step has a form and the role the pack names', () => {
    for (const p of packs) {
      if (!p.nyRapport) continue;
      const newest = definitions.filter((d) => d.processType === p.type).sort((a, b) => b.version - a.version)[0]!;
      const first = (newest.machine.states as Record<string, { meta?: { form?: string; role?: string } }>)[newest.machine.initial]!;
      expect(first.meta?.form && catalog.forms[first.meta.form], `${p.type}: första stegets formulär`).toBeTruthy();
      expect(first.meta?.role, `${p.type}: första stegets roll`).toBe(p.nyRapport.role);
    }
  });

  it('gives step defaults only for its own forms, and only for fields those forms have', () => {
    const formsOf = (type: string) => {
      const ids = new Set<string>();
      for (const d of definitions.filter((x) => x.processType === type))
        for (const m of JSON.stringify(d).matchAll(/"form":"([^"]+)"/g)) ids.add(m[1]!);
      return ids;
    };
    // A field may sit in the form's properties or in a conditional part of it (allOf … then).
    const fieldsOf = (schema: unknown, out = new Set<string>()): Set<string> => {
      if (Array.isArray(schema)) for (const x of schema) fieldsOf(x, out);
      else if (schema && typeof schema === 'object')
        for (const [k, v] of Object.entries(schema)) {
          if (k === 'properties' && v && typeof v === 'object') for (const name of Object.keys(v)) out.add(name);
          else if (['allOf', 'anyOf', 'oneOf', 'if', 'then', 'else'].includes(k)) fieldsOf(v, out);
        }
      return out;
    };
    for (const p of packs) {
      const own = formsOf(p.type);
      const rules = [...Object.entries(p.stepDefaults ?? {}), ...Object.entries(p.newItemDefaults ?? {})];
      for (const [form, fields] of rules) {
        const versions = [...own].filter((id) => baseFormId(id) === form);
        expect(versions.length, `${p.type}: standardvärden för ${form}, som processen inte använder`).toBeGreaterThan(0);
        const known = new Set(versions.flatMap((id) => [...fieldsOf(catalog.forms[id]?.schema)]));
        for (const field of Object.keys(fields)) expect(known.has(field), `${p.type}: ${form} har inget fält ${field}`).toBe(true);
      }
    }
  });
});
