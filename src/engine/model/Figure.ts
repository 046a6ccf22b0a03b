/**
 * One figure of a report and the ärenden behind it, so the UI can open exactly that list.
 * `count` counts what the figure says (ärenden, åtgärder or risks); `arendeIds` are the distinct
 * ärenden those belong to, in order of first appearance.
 */
export interface Figure {
  count: number;
  arendeIds: readonly string[];
}

/**
 * Builds a {@link Figure}. Contract: all `add`s for one ärende come together (reports visit each
 * ärende once), so comparing with the previous id keeps ids distinct without a Set per figure.
 */
export class FigureBuilder {
  count = 0;
  private readonly ids: string[] = [];
  private last: string | undefined;

  add(arendeId: string, n = 1): void {
    this.count += n;
    if (arendeId === this.last) return;
    this.ids.push(arendeId);
    this.last = arendeId;
  }

  build(): Figure {
    return { count: this.count, arendeIds: this.ids };
  }
}

/** A figure counting each of the given (distinct) ärenden once. */
export function figureOf(arendeIds: readonly string[]): Figure {
  return { count: arendeIds.length, arendeIds };
}
