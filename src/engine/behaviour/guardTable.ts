import type { GuardImpl } from '../model/GuardImpl';
import type { PackRegistry } from '../model/PackRegistry';
import { allGuard } from './allGuard';
import { BASE_GUARDS } from './guards';
import { hasLinkGuard } from './hasLinkGuard';
import { onceEachGuard } from './onceEachGuard';

export type GuardTable = Readonly<Record<string, GuardImpl>>;

const TABLES = new WeakMap<PackRegistry, GuardTable>();

/**
 * Every guard a definition of these packs may name: the engine's generic ones and the packs' own, looked up alike by the
 * loader, the machine, the verifier and the editor. A pack guard named like an engine guard is refused, naming the pack.
 */
export function guardTable(packs: PackRegistry): GuardTable {
  const known = TABLES.get(packs);
  if (known) return known;
  for (const p of packs.packs)
    for (const name of Object.keys(p.guards ?? {}))
      if (name in BASE_GUARDS || name === 'all' || name === 'hasLink' || name === 'onceEach')
        throw new Error(`Processmodulen "${p.type}" lägger till vakten "${name}", som motorn redan har.`);
  const table: Record<string, GuardImpl> = {
    ...BASE_GUARDS,
    hasLink: hasLinkGuard(packs.linkOpenings),
    onceEach: onceEachGuard,
    ...packs.packGuards,
  };
  table.all = allGuard(() => table);
  TABLES.set(packs, table);
  return table;
}
