import type { Grant, GrantTable } from '../model/Grant';
import type { RoleId } from '../model/Role';
import type { GuardImpl } from '../model/GuardImpl';
import type { LinkOpening, ProcessPack } from '../model/ProcessPack';
import type { PackRegistry } from '../model/PackRegistry';

/** Where a new process is registered: named in every refusal of an unknown process type. */
export const PACKS_FILE = 'src/processes/packs.ts';

/** The Swedish message for a process type no pack declares. */
export function unknownProcessType(type: string): string {
  return `Processtypen "${type}" finns inte: ingen processmodul har den typen (registreras i ${PACKS_FILE}).`;
}

/** Refuses, loudly and by pack, what two packs cannot both say: a type, a guard name, a link's meaning. */
function checkPacks(packs: readonly ProcessPack[]): void {
  const types = new Set<string>();
  const guardOwner = new Map<string, string>();
  for (const p of packs) {
    if (types.has(p.type)) throw new Error(`Processmodulen "${p.type}" är registrerad två gånger i ${PACKS_FILE}.`);
    types.add(p.type);
    if (p.skeleton.processType !== p.type) throw new Error(`Processmodulen "${p.type}" har skelettet för "${p.skeleton.processType}".`);
    for (const name of Object.keys(p.guards ?? {})) {
      const owner = guardOwner.get(name);
      if (owner) throw new Error(`Processmodulerna "${owner}" och "${p.type}" lägger båda till vakten "${name}".`);
      guardOwner.set(name, p.type);
    }
  }
  checkLinks(packs, types);
}

const SAME_LINK: readonly (keyof LinkOpening)[] = ['processType', 'noun', 'asRole', 'title'];

function checkLinks(packs: readonly ProcessPack[], types: ReadonlySet<string>): void {
  const byRel = new Map<string, { pack: string; opening: LinkOpening }>();
  const backs = new Map<string, string>();
  for (const p of packs)
    for (const o of p.opens ?? []) {
      if (!types.has(o.processType))
        throw new Error(`Processmodulen "${p.type}" öppnar "${o.processType}": ${unknownProcessType(o.processType)}`);
      const seen = byRel.get(o.rel);
      const differs = seen && SAME_LINK.find((k) => seen.opening[k] !== o[k]);
      if (seen && differs) throw new Error(`Processmodulerna "${seen.pack}" och "${p.type}" öppnar länken "${o.rel}" olika (${differs}).`);
      byRel.set(o.rel, { pack: p.type, opening: o });
      const backOwner = backs.get(o.back);
      if (backOwner) throw new Error(`Processmodulerna "${backOwner}" och "${p.type}" använder båda baklänken "${o.back}".`);
      backs.set(o.back, p.type);
    }
}

/** Each role's grants from the packs that give them, one per link condition and need to know the rapportör. */
function grantsOf(packs: readonly ProcessPack[]): GrantTable {
  const out: Partial<Record<RoleId, Grant[]>> = {};
  for (const p of packs)
    for (const g of p.grants ?? []) {
      const list = (out[g.role] ??= []);
      const i = list.findIndex((x) => x.linkRel === g.linkRel && x.rapportor === g.rapportor);
      if (i >= 0) list[i] = { ...list[i]!, processTypes: [...list[i]!.processTypes, p.type] };
      else list.push({ processTypes: [p.type], ...(g.linkRel ? { linkRel: g.linkRel } : {}), ...(g.rapportor ? { rapportor: true } : {}) });
    }
  return out;
}

/** Builds the tables the engine, the server and the UI read from the packs; throws on packs that disagree. */
export function createPackRegistry(packs: readonly ProcessPack[]): PackRegistry {
  checkPacks(packs);
  const byType = new Map(packs.map((p) => [p.type, p]));
  const packOf = (type: string) => byType.get(type);
  const openings = packs.flatMap((p) => p.opens ?? []);
  const packGuards: Record<string, GuardImpl> = Object.assign({}, ...packs.map((p) => p.guards ?? {}));
  return {
    packs,
    types: packs.map((p) => p.type),
    packOf,
    requirePack(type) {
      const pack = byType.get(type);
      if (!pack) throw new Error(unknownProcessType(type));
      return pack;
    },
    skeletons: Object.fromEntries(packs.map((p) => [p.type, p.skeleton])),
    counted: packs.filter((p) => p.counted).map((p) => p.type),
    reportLabels: Object.fromEntries(packs.map((p) => [p.type, p.reportLabel])),
    handelseFields: Object.fromEntries(packs.flatMap((p) => (p.handelseField ? [[p.type, p.handelseField]] : []))),
    planFields: Object.fromEntries(
      packs.flatMap((p) => (p.reportSections?.plannedVsPerformed ? [[p.type, p.reportSections.plannedVsPerformed]] : [])),
    ),
    linkOpenings: openings.filter((o, i) => openings.findIndex((x) => x.rel === o.rel) === i),
    linkTitles: Object.fromEntries(
      openings.flatMap((o) => [
        [o.rel, o.title],
        [o.back, o.backTitle],
      ]),
    ),
    openingOf: (processType, rel) => packOf(processType)?.opens?.find((o) => o.rel === rel),
    printDocuments: new Map(packs.flatMap((p) => (p.documents ?? []).map((d) => [d.id, d]))),
    grants: grantsOf(packs),
    packGuards,
  };
}
