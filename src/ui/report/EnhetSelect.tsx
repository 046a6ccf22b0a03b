/** "Enhet där det hände": the enheter the person may report for; with one only, it is chosen already. */
export function EnhetSelect({
  enheter,
  only,
  value,
  onChange,
}: {
  enheter: readonly { id: string; namn: string }[];
  only: boolean;
  value: string;
  onChange(id: string): void;
}) {
  return (
    <p>
      <label htmlFor="enhet">Enhet där det hände</label>
      <select id="enhet" value={value} onChange={(e) => onChange(e.target.value)}>
        {!only && <option value="">Välj enhet</option>}
        {enheter.map((e) => (
          <option key={e.id} value={e.id}>
            {e.namn}
          </option>
        ))}
      </select>
    </p>
  );
}
