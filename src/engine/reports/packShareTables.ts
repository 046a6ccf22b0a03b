import type { ArendeFacts } from '../model/ArendeFacts';
import type { Organisation } from '../model/Organisation';
import { FigureBuilder } from '../model/Figure';
import { UTAN_KATEGORI } from './labels';
import { shareTable } from './ShareTable';
import type { ShareGroup, ShareTable } from './ShareTable';

/** The count tables a pack may declare in `reportSections`, each over its own ärenden of the period and scope. */

/** Per kategori, labelled as the forms label them; only kategorier that occur get a row, one without is "Kategori saknas". */
export function perKategori(facts: readonly ArendeFacts[], labels: Readonly<Record<string, string>>): ShareTable {
  const groups = new Map<string, ShareGroup>();
  for (const f of facts) {
    const key = f.kategori ?? UTAN_KATEGORI.key;
    if (!groups.has(key))
      groups.set(key, {
        key,
        label: f.kategori ? (labels[f.kategori] ?? f.kategori.replace(/_/g, ' ')) : UTAN_KATEGORI.label,
        figure: new FigureBuilder(),
      });
    groups.get(key)!.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), false);
}

/** Every verksamhet with an enhet in scope gets a row, also with zero; an enhet no longer in the organisation counts as its own row. */
export function perVerksamhet(facts: readonly ArendeFacts[], org: Organisation, enheter?: ReadonlySet<string>): ShareTable {
  const verksamhetOf = new Map(org.enheter.map((e) => [e.id, e.verksamhetId]));
  const groups = new Map<string, ShareGroup>();
  for (const v of org.verksamheter)
    if (org.enheter.some((e) => e.verksamhetId === v.id && (!enheter || enheter.has(e.id))))
      groups.set(v.id, { key: v.id, label: v.namn, figure: new FigureBuilder() });
  for (const f of facts) {
    const key = verksamhetOf.get(f.enhetId) ?? f.enhetId;
    if (!groups.has(key)) groups.set(key, { key, label: key, figure: new FigureBuilder() });
    groups.get(key)!.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), true);
}

/**
 * Every enhet in scope gets a row, also with zero (few reports can mean under-reporting); an enhet no longer in the
 * organisation keeps its id as label. `detail` is the enhet's verksamhet.
 */
export function perEnhet(facts: readonly ArendeFacts[], org: Organisation, enheter?: ReadonlySet<string>): ShareTable {
  const verksamhet = new Map(org.verksamheter.map((v) => [v.id, v.namn]));
  const groups = new Map<string, ShareGroup>();
  for (const e of org.enheter) {
    if (enheter && !enheter.has(e.id)) continue;
    const detail = verksamhet.get(e.verksamhetId);
    groups.set(e.id, { key: e.id, label: e.namn, ...(detail ? { detail } : {}), figure: new FigureBuilder() });
  }
  for (const f of facts) {
    let g = groups.get(f.enhetId);
    if (!g) groups.set(f.enhetId, (g = { key: f.enhetId, label: f.enhetId, figure: new FigureBuilder() }));
    g.figure.add(f.arendeId);
  }
  return shareTable(groups.values(), true);
}

/** What the rapportörer wrote under "Övrigt", through the report's masking `text`. */
export function ovrigaRows(facts: readonly ArendeFacts[], text: (value: string) => string): { arendeId: string; beskrivning: string }[] {
  return facts.flatMap((f) => (f.kategoriBeskrivning ? [{ arendeId: f.arendeId, beskrivning: text(f.kategoriBeskrivning) }] : []));
}
