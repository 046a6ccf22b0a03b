import type { VersionBeslut } from '../../../api/versionBeslut';
import type { VersionBeslutStore } from '../../beslut/VersionBeslutStore';
import type { Db } from '../Db';

interface Row {
  version: number;
  instans: string;
  beslutsdatum: string;
  diarienummer: string;
  paragraf: string | null;
  recorded_by: string;
  recorded_at: string;
}

const beslutOf = (r: Row): VersionBeslut => ({
  version: r.version,
  instans: r.instans,
  beslutsdatum: r.beslutsdatum,
  diarienummer: r.diarienummer,
  ...(r.paragraf ? { paragraf: r.paragraf } : {}),
  registreratAv: r.recorded_by,
  registrerat: r.recorded_at,
});

const COLUMNS = "version, instans, to_char(beslutsdatum, 'YYYY-MM-DD') as beslutsdatum, diarienummer, paragraf, recorded_by, recorded_at";

/** Beslut in PostgreSQL (migration 0021), append-only, so every instance reads the same record. */
export function pgVersionBeslut(db: Db): VersionBeslutStore {
  return {
    async record(definitionId, version, input, by, at) {
      const { rows } = await db.query<Row>(
        'insert into version_beslut (process_id, version, instans, beslutsdatum, diarienummer, paragraf, recorded_by, recorded_at) ' +
          `values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${COLUMNS}`,
        [definitionId, version, input.instans, input.beslutsdatum, input.diarienummer, input.paragraf ?? null, by, at],
      );
      return beslutOf(rows[0]!);
    },
    async list(definitionId) {
      const { rows } = await db.query<Row>(`select ${COLUMNS} from version_beslut where process_id = $1 order by id`, [definitionId]);
      return rows.map(beslutOf);
    },
  };
}
