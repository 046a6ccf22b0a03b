/** "Visa fler (N kvar)" for long lists, which render a page at a time. */
export function ShowMore({ total, shown, onMore }: { total: number; shown: number; onMore(): void }) {
  if (total <= shown) return null;
  return (
    <button type="button" onClick={onMore}>
      Visa fler ({total - shown} kvar)
    </button>
  );
}
