import { useMemo } from 'react';
import type { VersionBeslut } from '../../api/versionBeslut';
import { diffDefinitions } from '../../engine/index';
import type { LoadedDefinition, VersionImpact } from '../../engine/index';
import { formatDate } from '../../kit/format';
import { useServices } from '../../kit/services';
import { beslutSentence } from './beslutWords';
import { openCount, versionStatus } from './versionStatus';

/** One version in the change record: when and by whom, why, the nämnd's beslut, what changed, who still follows it. */
export function ChangeRecordEntry(props: {
  versions: readonly LoadedDefinition[];
  index: number;
  beslut: VersionBeslut | undefined;
  /** How many times the beslut was recorded: a correction is said, not hidden. */
  recorded: number;
  impact: VersionImpact | undefined;
}) {
  const { backend, people } = useServices();
  const { versions, index, beslut, impact } = props;
  const d = versions[index]!.definition;
  const previous = versions[index - 1]?.definition;
  const changes = useMemo(() => (previous ? diffDefinitions(previous, d, backend.registry.catalog) : []), [previous, d, backend]);
  const nameOf = (userId: string) => people.find((u) => u.userId === userId)?.namn ?? 'okänd person';
  return (
    <section className="change-record-version" aria-labelledby={`version-${d.version}`}>
      <h2 id={`version-${d.version}`}>Version {d.version}</h2>
      <dl className="doc-fields">
        <dt>Status</dt>
        <dd>{versionStatus(versions, index)}</dd>
        <dt>Publicerad</dt>
        <dd>{d.published ? `${formatDate(d.published.at)} av ${nameOf(d.published.by)}` : 'Levererad med programmet'}</dd>
        <dt>Ändringsnotering</dt>
        <dd>{d.published?.note || '–'}</dd>
        <dt>Nämndens beslut</dt>
        <dd>
          {beslut ? beslutSentence(beslut) : 'Inget beslut registrerat'}
          {beslut && props.recorded > 1 && ` (uppgiften rättad ${formatDate(beslut.registrerat)}; de tidigare uppgifterna finns kvar)`}
        </dd>
      </dl>
      <h3>Ändringar från version {previous?.version ?? '–'}</h3>
      {!previous ? (
        <p>Första versionen av processen.</p>
      ) : changes.length === 0 ? (
        <p>Inga ändringar i stegen, formulären eller tidskraven.</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={i}>{c.text}</li>
          ))}
        </ul>
      )}
      <h3>Öppna ärenden som följer version {d.version}</h3>
      <p>
        {!impact
          ? 'Räknar …'
          : impact.open === 0
            ? 'Inga öppna ärenden.'
            : `${openCount(impact.open)}: ${impact.bySteg.map((s) => `${s.title} ${s.count}`).join(', ')}.`}
      </p>
    </section>
  );
}
