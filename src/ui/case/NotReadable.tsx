import { useId, useState } from 'react';
import type { ReadingReason } from '../../api/readingOutside';
import { READING_GRANT_HOURS, READING_REASONS, outsideReaderRole } from '../../api/readingOutside';
import { useServices } from '../../kit/services';
import { useSession } from '../../kit/session';

/**
 * An ärende the person may not read. Whoever stands in for others (tjänstgörande SAS, jour) may state
 * why and then read it, not act on it, for a few hours; the reason goes with every read in the access log.
 */
export function NotReadable({ id, onGranted }: { id: string; onGranted(): void }) {
  const { backend } = useServices();
  const { user } = useSession();
  const [reason, setReason] = useState<ReadingReason>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const base = useId();
  const message = <p role="alert">Ärendet finns inte, eller så har du inte behörighet att se det.</p>;
  if (!outsideReaderRole(user)) return message;
  const send = async (form: HTMLFormElement) => {
    const text = String(new FormData(form).get('text') ?? '');
    if (!reason) return setProblem('Välj ett skäl.');
    setBusy(true);
    setProblem(undefined);
    try {
      await backend.readOutside(id, reason, text);
      onGranted();
    } catch (e) {
      setProblem((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <>
      {message}
      <form
        className="read-outside"
        aria-labelledby={`${base}-rubrik`}
        onSubmit={(e) => {
          e.preventDefault();
          void send(e.currentTarget);
        }}
      >
        <h2 id={`${base}-rubrik`}>Läsa ett ärende utanför dina enheter</h2>
        <p>
          Ligger ärendet utanför dina enheter och behöver du läsa det i tjänsten, till exempel som tjänstgörande SAS eller under jour, anger
          du skälet. Du kan då läsa ärendet, men inte handlägga det, i {READING_GRANT_HOURS} timmar. Varje läsning loggas med skälet och kan
          granskas i loggkontrollen.
        </p>
        <fieldset>
          <legend>Skäl</legend>
          {(Object.entries(READING_REASONS) as [ReadingReason, string][]).map(([value, title]) => (
            <label key={value} className="radio">
              <input type="radio" name="skal" value={value} checked={reason === value} onChange={() => setReason(value)} required /> {title}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${base}-text`}>Beskriv skälet{reason === 'annat' ? ' (krävs)' : ' (valfritt)'}</label>
          <input id={`${base}-text`} name="text" maxLength={200} required={reason === 'annat'} aria-describedby={`${base}-hint`} />
          <p id={`${base}-hint`} className="hint">
            Varför du behöver läsa ärendet, inte vem det gäller.
          </p>
        </div>
        {problem && (
          <p role="alert" className="rejection">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Läs ärendet med detta skäl
        </button>
      </form>
    </>
  );
}
