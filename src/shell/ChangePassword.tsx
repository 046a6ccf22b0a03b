import { useState } from 'react';

/**
 * After a one-time code mailed to her: the person chooses her own before anything else opens (issue 22).
 * The server checks the rules again; a refusal is shown here and nothing is signed in.
 */
export function ChangePassword({ busy, problem, onSubmit }: { busy: boolean; problem?: string; onSubmit(newPassword: string): void }) {
  const [mismatch, setMismatch] = useState(false);
  return (
    <main id="huvudinnehall" className="login">
      <h1>Byt lösenord</h1>
      <p>
        Engångskoden du fick med e-post gäller bara en gång. Välj ett eget lösenord för att logga in: minst 12 tecken, inte ditt namn och
        inte ett vanligt lösenord – gärna en fras av flera ord.
      </p>
      <form
        className="admin-form"
        aria-labelledby="byt-losenord"
        onSubmit={(e) => {
          e.preventDefault();
          const fields = new FormData(e.currentTarget);
          const first = String(fields.get('newPassword') ?? '');
          const again = String(fields.get('again') ?? '');
          setMismatch(first !== again);
          if (first === again) onSubmit(first);
        }}
      >
        <h2 id="byt-losenord">Ditt nya lösenord</h2>
        <div className="admin-field">
          <label htmlFor="new-password">Nytt lösenord</label>
          <input id="new-password" name="newPassword" type="password" autoComplete="new-password" required maxLength={200} />
        </div>
        <div className="admin-field">
          <label htmlFor="new-password-again">Nytt lösenord igen</label>
          <input id="new-password-again" name="again" type="password" autoComplete="new-password" required maxLength={200} />
        </div>
        {(mismatch || problem) && (
          <p role="alert" className="rejection">
            {mismatch ? 'Lösenorden är inte lika. Skriv samma lösenord två gånger.' : problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          Byt lösenord och logga in
        </button>
      </form>
    </main>
  );
}
