/** "Vilken verksamhet gäller det?": the open enheter grouped by verksamhet, as the public sees them. */
export function PublicEnhetSelect({
  enheter,
  value,
  onChange,
}: {
  enheter: readonly { id: string; namn: string; verksamhet: string }[];
  value: string;
  onChange(id: string): void;
}) {
  const verksamheter = [...new Set(enheter.map((e) => e.verksamhet))];
  return (
    <p>
      <label htmlFor="offentlig-enhet">Vilken verksamhet gäller det?</label>
      <select id="offentlig-enhet" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="offentlig-enhet-hjalp">
        <option value="">Välj verksamhet</option>
        {verksamheter.map((v) => (
          <optgroup key={v} label={v || 'Övriga'}>
            {enheter
              .filter((e) => e.verksamhet === v)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.namn}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <span id="offentlig-enhet-hjalp" className="hint">
        Vet du inte exakt? Välj den som ligger närmast, så skickar vi det vidare.
      </span>
    </p>
  );
}
