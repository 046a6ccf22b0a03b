/** The draft's changes against the version it starts from, in Swedish. */
export function ChangesSection({ base, changes }: { base: number; changes: readonly { text: string }[] }) {
  return (
    <section aria-labelledby="andringar-rubrik" className="changes">
      <h2 id="andringar-rubrik">Ändringar jämfört med version {base}</h2>
      {changes.length === 0 ? (
        <p>Inga ändringar ännu.</p>
      ) : (
        <ul>
          {changes.map((c, i) => (
            <li key={i}>{c.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
