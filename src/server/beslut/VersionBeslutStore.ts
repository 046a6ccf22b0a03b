import type { BeslutInput, VersionBeslut } from '../../api/versionBeslut';

/** The nämnd's beslut on published versions, append-only: a correction is a new record for the same version. */
export interface VersionBeslutStore {
  record(definitionId: string, version: number, input: BeslutInput, by: string, at: string): Promise<VersionBeslut>;
  /** Every record for one process, oldest first. */
  list(definitionId: string): Promise<VersionBeslut[]>;
}
