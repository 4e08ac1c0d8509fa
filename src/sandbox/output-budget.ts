/** Caps a run's output at a number of lines and of UTF-8 bytes, whichever comes first. */
export class OutputBudget {
  private lines = 0;
  private bytes = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly maxLines: number,
    private readonly maxBytes: number,
  ) {}

  /** The part of `text` that still fits, and whether the cap was reached. */
  take(text: string): { accepted: string; exceeded: boolean } {
    let accepted = '';
    for (const piece of text.split(/(?<=\n)/)) {
      const size = this.encoder.encode(piece).length;
      const newlines = piece.endsWith('\n') ? 1 : 0;
      if (this.lines + newlines > this.maxLines || this.bytes + size > this.maxBytes) return { accepted, exceeded: true };
      this.lines += newlines;
      this.bytes += size;
      accepted += piece;
    }
    return { accepted, exceeded: false };
  }
}
