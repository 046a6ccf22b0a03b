import type { Violation } from '../../engine/index';

interface Props {
  violations: readonly Violation[];
  checking: boolean;
  shown?: number;
  onShow(index: number): void;
}

/** The verifier's verdict on the draft, in Swedish; each counter-example can be shown in the graph. */
export function ViolationList({ violations, checking, shown, onShow }: Props) {
  return (
    <section aria-labelledby="kontroll-rubrik" className={violations.length ? 'verdict verdict-bad' : 'verdict verdict-ok'}>
      <h2 id="kontroll-rubrik">Kontroll mot lagkraven</h2>
      <p role="status">
        {checking
          ? 'Kontrollerar …'
          : violations.length === 0
            ? 'Inga fel: utkastet uppfyller lagkraven och kan publiceras.'
            : `${violations.length} ${violations.length === 1 ? 'fel hindrar' : 'fel hindrar'} publicering.`}
      </p>
      {violations.length > 0 && (
        <ol className="violations">
          {violations.map((v, i) => (
            <li key={`${v.code}-${i}`} aria-current={shown === i ? 'true' : undefined}>
              <span>{v.message}</span>
              {(v.states?.length || v.path?.length) && (
                <button type="button" className="link-button" onClick={() => onShow(i)}>
                  Visa i grafen och dispositionen
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
