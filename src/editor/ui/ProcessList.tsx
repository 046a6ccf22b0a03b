import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { formatDate } from '../../kit/format';

/** Every process with its newest version: where an owner starts editing or comparing versions. */
export function ProcessList() {
  const { backend, people } = useServices();
  const ids = [...new Set(backend.registry.all().map((l) => l.definition.id))].sort();
  const nameOf = (id: string) => people.find((u) => u.userId === id)?.namn ?? id;
  return (
    <>
      <h1>Processer</h1>
      <p className="hint">
        Här ändrar du rutinerna. Varje ändring kontrolleras direkt mot lagens krav, och en ny version kan bara publiceras när inga fel
        återstår. Pågående ärenden fortsätter på sin version.
      </p>
      <ul className="process-list">
        {ids.map((id) => {
          const versions = backend.registry.versions(id);
          const latest = versions[versions.length - 1]!.definition;
          return (
            <li key={id} className="process-card">
              <h2>{latest.title}</h2>
              <p>
                Version {latest.version}
                {latest.published
                  ? `, publicerad ${formatDate(latest.published.at)} av ${nameOf(latest.published.by)}`
                  : ' (levererad med programmet)'}
              </p>
              <p className="actions">
                <a className="button-link" href={href({ page: 'processer', id, vy: 'redigera' })}>
                  Redigera {latest.title}
                </a>
                <a className="button-link secondary" href={href({ page: 'processer', id, vy: 'versioner' })}>
                  Versioner av {latest.title}
                </a>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
