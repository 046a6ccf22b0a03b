/** Sign-in with a local account's username and password. */
export function LocalLogin({ busy, onSubmit }: { busy: boolean; onSubmit(username: string, password: string): void }) {
  return (
    <form
      className="admin-form local-login"
      aria-labelledby="lokal-inloggning"
      onSubmit={(e) => {
        e.preventDefault();
        const fields = new FormData(e.currentTarget);
        onSubmit(String(fields.get('username') ?? ''), String(fields.get('password') ?? ''));
      }}
    >
      <h2 id="lokal-inloggning">Med användarnamn och lösenord</h2>
      <div className="admin-field">
        <label htmlFor="login-username">Användarnamn</label>
        <input id="login-username" name="username" autoComplete="username" required maxLength={200} />
      </div>
      <div className="admin-field">
        <label htmlFor="login-password">Lösenord</label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </div>
      <button type="submit" disabled={busy}>
        Logga in
      </button>
    </form>
  );
}
