/** The public page when its address leads to no form. */
export function NoPublicForm() {
  return (
    <main id="huvudinnehall" className="public-page">
      <h1>Formuläret finns inte</h1>
      <p>Adressen leder inte till något formulär. Kontrollera länken eller kontakta förvaltningen.</p>
    </main>
  );
}

/** After sending: what happens next, and none of what was written (the computer may be shared). */
export function PublicThanks() {
  return (
    <main id="huvudinnehall" className="public-page">
      <h1>Tack, vi har tagit emot det du skrev</h1>
      <p role="status">
        Det du skickade har kommit in till förvaltningen. Ansvarig chef registrerar och utreder det. Om du har bett om svar och lämnat
        kontaktuppgifter hör vi av oss, normalt inom två veckor.
      </p>
      <p>Av hänsyn till din integritet visas inte det du skrev här. Du kan stänga sidan.</p>
    </main>
  );
}
