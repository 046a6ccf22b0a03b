import { useMemo } from 'react';
import { currentBeslut } from '../../api/versionBeslut';
import type { VersionBeslut } from '../../api/versionBeslut';
import type { LoadedDefinition, VersionImpact } from '../../engine/index';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';

/** What the version list, the diff and the change record know of each version beyond its definition. */
export interface VersionFacts {
  /** Open ärenden that follow each version now, and at which steps (undefined while counting). */
  impacts: ReadonlyMap<number, VersionImpact> | undefined;
  /** The nämnd's beslut that holds for each version (undefined while reading). */
  beslut: ReadonlyMap<number, VersionBeslut> | undefined;
  /** How many times each version's beslut was recorded (more than once: it was corrected; the earlier records are kept). */
  recorded: ReadonlyMap<number, number> | undefined;
  beslutError: Error | undefined;
  reloadBeslut(): Promise<void>;
}

/** Impact of every version (one call each: a process has few versions) and the beslut recorded on them. */
export function useVersionFacts(id: string, versions: readonly LoadedDefinition[], tick: number): VersionFacts {
  const { backend } = useServices();
  const numbers = useMemo(() => versions.map((l) => l.definition.version), [versions]);
  const { data: impacts } = useLoad(
    async () => new Map(await Promise.all(numbers.map(async (v) => [v, await backend.impact(id, v)] as const))),
    [backend, id, numbers, tick],
  );
  const { data, error, reload } = useLoad(async () => (await backend.versionBeslut(id)).beslut, [backend, id, tick]);
  const beslut = useMemo(() => data && currentBeslut(data), [data]);
  const recorded = useMemo(() => data && countPerVersion(data), [data]);
  return { impacts, beslut, recorded, beslutError: error, reloadBeslut: reload };
}

function countPerVersion(records: readonly VersionBeslut[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of records) out.set(r.version, (out.get(r.version) ?? 0) + 1);
  return out;
}
