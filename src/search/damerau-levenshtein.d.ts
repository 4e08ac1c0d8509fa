declare module 'damerau-levenshtein' {
  /** Edit distance counting a swap of two neighbouring characters as one step. */
  export default function levenshtein(
    a: string,
    b: string,
    limit?: number,
  ): { steps: number; relative: number; similarity: number };
}
