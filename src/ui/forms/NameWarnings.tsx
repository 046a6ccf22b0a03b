/** Where the rapportör's own name stands in a free-text field, announced politely while she writes (issue 21). */
export function NameWarnings({ warnings }: { warnings: readonly { pointer: string; message: string }[] }) {
  return (
    <div role="status" aria-live="polite" className="name-warnings">
      {warnings.length > 0 && (
        <ul className="notice">
          {warnings.map((w) => (
            <li key={w.pointer}>{w.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
