import type { ArendeFacts } from '../model/ArendeFacts';
import type { Organisation } from '../org/Organisation';
import { PACKS } from '../../processes/packs';
import type { ProcessPack } from '../../processes/ProcessPack';
import { FigureBuilder } from './Figure';
import { UTAN_KATEGORI } from './labels';
import { shareTable } from './ShareTable';
import type { ShareGroup, ShareTable } from './ShareTable';

/** A count table a pack asks for (`reportSections`), e.g. synpunkter och klagomål per kategori. */
export interface PackTable {
  id: string;
  title: string;
  /** The heading of the group column: "Kategori", "Verksamhet". */
  groupTitle: string;
  table: ShareTable;
}

/** A process's own count tables in the kvalitetsberättelse, in the packs' order. */
export interface PackSection {
  processType: string;
  label: string;
  tables: readonly PackTable[];
}

function perKategori(facts: readonly ArendeFacts[], labels: Readonly<Record<string, string>>): ShareTable {
  const groups = new Map<string, ShareGroup>();
  for (const f of facts) {
    const key = f.kategori ?? UTAN_KATEGORI.key;
    if (!groups.has(key))
      groups.set(key, { key, label: f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : UTAN_KATEGORI.label, figure: new FigureBuilder() });
    groups.get(key)!.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), false);
}

/** Every verksamhet with an enhet in scope gets a row, also with zero; an enhet no longer in the organisation counts as its own row. */
function perVerksamhet(facts: readonly ArendeFacts[], org: Organisation, enheter?: ReadonlySet<string>): ShareTable {
  const verksamhetOf = new Map(org.enheter.map((e) => [e.id, e.verksamhetId]));
  const groups = new Map<string, ShareGroup>();
  for (const v of org.verksamheter)
    if (org.enheter.some((e) => e.verksamhetId === v.id && (!enheter || enheter.has(e.id)))) groups.set(v.id, { key: v.id, label: v.namn, figure: new FigureBuilder() });
  for (const f of facts) {
    const key = verksamhetOf.get(f.enhetId) ?? f.enhetId;
    if (!groups.has(key)) groups.set(key, { key, label: key, figure: new FigureBuilder() });
    groups.get(key)!.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), true);
}

/** The sections packs declare, over the period's selected ärenden of each process. Pure. */
export function packSections(selected: readonly ArendeFacts[], org: Organisation, enheter: ReadonlySet<string> | undefined, labels: Readonly<Record<string, string>>): PackSection[] {
  const packs: readonly ProcessPack[] = PACKS;
  return packs.flatMap((p) => {
    const wanted = p.reportSections;
    if (!wanted) return [];
    const facts = selected.filter((f) => f.processType === p.type);
    const tables: PackTable[] = [];
    if (wanted.perKategori) tables.push({ id: `${p.type}-kategori`, title: wanted.perKategori.title, groupTitle: 'Kategori', table: perKategori(facts, labels) });
    if (wanted.perVerksamhet) tables.push({ id: `${p.type}-verksamhet`, title: wanted.perVerksamhet.title, groupTitle: 'Verksamhet', table: perVerksamhet(facts, org, enheter) });
    return [{ processType: p.type, label: p.reportLabel, tables }];
  });
}
