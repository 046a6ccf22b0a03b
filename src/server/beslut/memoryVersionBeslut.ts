import type { VersionBeslut } from '../../api/versionBeslut';
import type { VersionBeslutStore } from './VersionBeslutStore';

/** The in-memory twin of the PostgreSQL store (API tests without a database). */
export function memoryVersionBeslut(): VersionBeslutStore {
  const rows: { definitionId: string; beslut: VersionBeslut }[] = [];
  return {
    async record(definitionId, version, input, by, at) {
      const beslut: VersionBeslut = { version, ...input, registreratAv: by, registrerat: at };
      rows.push({ definitionId, beslut });
      return beslut;
    },
    async list(definitionId) {
      return rows.filter((r) => r.definitionId === definitionId).map((r) => ({ ...r.beslut }));
    },
  };
}
