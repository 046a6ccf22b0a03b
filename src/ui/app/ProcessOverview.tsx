import type { ProcessDefinition, RoleId, VerifyResult } from '../../engine/index';
import { ROLE_TITLES } from '../../engine/index';

export interface ProcessOverviewProps {
  processes: { definition: ProcessDefinition; verdict: VerifyResult; steps: { title: string; role?: RoleId; mandated: boolean }[] }[];
}

/** Lists the shipped processes, their steps and the verifier's verdict, computed in the browser. */
export function ProcessOverview({ processes }: ProcessOverviewProps) {
  return (
    <main>
      <h1>Kvalitetsflöde</h1>
      <p>
        Processmotorn körs här i webbläsaren. Varje process nedan har kontrollerats mot lagens krav: obligatoriska steg kan inte hoppas
        över och måste utföras av rätt roll.
      </p>
      {processes.map(({ definition, verdict, steps }) => (
        <section key={definition.id} aria-labelledby={`rubrik-${definition.id}`}>
          <h2 id={`rubrik-${definition.id}`}>
            {definition.title} <small>version {definition.version}</small>
          </h2>
          <p>{definition.description}</p>
          <p role="status">
            {verdict.ok
              ? `Kontrollerad: alla vägar till avslut passerar de obligatoriska stegen i rätt ordning och av rätt roll (${verdict.stats.explored} lägen undersökta).`
              : `Processen uppfyller inte lagens krav: ${verdict.violations.map((v) => v.message).join(' ')}`}
          </p>
          <ol>
            {steps.map((s) => (
              <li key={s.title}>
                {s.title}
                {s.role ? ` – ${ROLE_TITLES[s.role]}` : ''}
                {s.mandated ? ' (obligatoriskt)' : ''}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
