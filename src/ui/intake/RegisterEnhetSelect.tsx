/** "Registreras på": another enhet only when the person chose the wrong one, recorded as a correction with a reason. */
export function RegisterEnhetSelect({
  enheter,
  value,
  onChange,
}: {
  enheter: readonly { id: string; namn: string }[];
  value: string;
  onChange(id: string): void;
}) {
  return (
    <p>
      <label htmlFor="registrera-enhet">Registreras på</label>
      <select id="registrera-enhet" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="registrera-enhet-hjalp">
        {enheter.map((e) => (
          <option key={e.id} value={e.id}>
            {e.namn}
          </option>
        ))}
      </select>
      <span id="registrera-enhet-hjalp" className="hint">
        Ändra bara om personen valde fel verksamhet. Ange då &quot;Verksamhet (enhet)&quot; under Rättelse, med ett skäl.
      </span>
    </p>
  );
}
