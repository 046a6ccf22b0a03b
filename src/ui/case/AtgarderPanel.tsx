import type { ActionOption, Atgard, AtgardStatus } from '../../engine/index';
import { formatDate } from '../../kit/format';

const STATUS: Record<AtgardStatus, string> = {
  planerad: 'Planerad',
  genomford: 'Genomförd – väntar på verifiering',
  verifierad: 'Verifierad',
  atertagen: 'Återtagen',
};

export interface AtgarderPanelProps {
  atgarder: readonly Atgard[];
  /** Åtgärd commands the current user may use now (rapportera, verifiera, återta). */
  options: readonly ActionOption[];
  onAction(type: string, atgard: Atgard): void;
}

function ansvarig(a: Atgard): string {
  const p = a.ansvarig as { namn?: string; titel?: string } | undefined;
  return p?.namn ? `${p.namn}${p.titel ? `, ${p.titel}` : ''}` : '–';
}

/** Each åtgärd with orsak, ansvarig, klart-datum, status and uppföljning; buttons only for what the user may do. */
export function AtgarderPanel({ atgarder, options, onAction }: AtgarderPanelProps) {
  const allowed = (type: string, a: Atgard) => {
    const o = options.find((x) => x.type === type);
    if (!o?.allowed) return false;
    if (type === 'atgard.rapportera') return a.status === 'planerad';
    if (type === 'atgard.verifiera') return a.status === 'genomford';
    if (type === 'atgard.aterta') return a.status === 'planerad' || a.status === 'genomford';
    return false;
  };
  return (
    <section aria-labelledby="atgarder-rubrik" className="atgarder">
      <h2 id="atgarder-rubrik">Åtgärder</h2>
      {atgarder.length === 0 ? (
        <p>Inga åtgärder är registrerade ännu.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Åtgärder med orsak, ansvarig, klart-datum och status</caption>
          <thead>
            <tr>
              <th scope="col">Åtgärd</th>
              <th scope="col">Orsak den åtgärdar</th>
              <th scope="col">Ansvarig</th>
              <th scope="col">Klart senast</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Hantera</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {atgarder.map((a) => (
              <tr key={a.id} className={`atgard-${a.status}`}>
                <td>{a.vad}</td>
                <td>{a.orsak}</td>
                <td>{ansvarig(a)}</td>
                <td>{a.klartDatum ? <time dateTime={a.klartDatum}>{formatDate(a.klartDatum)}</time> : '–'}</td>
                <td>{STATUS[a.status]}</td>
                <td className="actions">
                  {allowed('atgard.rapportera', a) && (
                    <button type="button" onClick={() => onAction('atgard.rapportera', a)}>
                      Rapportera genomförd<span className="visually-hidden">: {a.vad}</span>
                    </button>
                  )}
                  {allowed('atgard.verifiera', a) && (
                    <button type="button" className="primary" onClick={() => onAction('atgard.verifiera', a)}>
                      Verifiera<span className="visually-hidden">: {a.vad}</span>
                    </button>
                  )}
                  {allowed('atgard.aterta', a) && (
                    <button type="button" onClick={() => onAction('atgard.aterta', a)}>
                      Återta<span className="visually-hidden">: {a.vad}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
