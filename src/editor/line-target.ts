/**
 * What the SQL panel needs from a view of the code (the static listing or the editor) to show
 * which line sent which statement.
 */
export interface LineTarget {
  /** Shows `counts` in the margin, replacing earlier markers. */
  showCounts(
    counts: ReadonlyMap<number, number>,
    label: (line: number, count: number) => string,
    onMarker: (line: number | null) => void,
  ): void;
  highlight(line: number | null): void;
}
