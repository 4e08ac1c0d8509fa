/**
 * The worker's side of its split build (src/build/sandbox-worker-chunks.ts): the entry carries a
 * manifest of which chunks each module needs and a `require` over chunk sources; this asks the
 * frame for the chunks a module needs and lets the import go on once they have arrived.
 */

/** Set on the worker's global scope by the entry's wrapper; taken off it before any snippet runs. */
export const CHUNKS_GLOBAL = '__sandboxChunks';

export interface ChunkRegistry {
  /** Module path from the project root -> the chunk files it needs, dependencies first. */
  manifest: Record<string, string[]>;
  /** Chunk file -> its source, as they arrive; the entry's `require` evaluates them from here. */
  sources: Record<string, string>;
}

/** The registry of a split build, removed from the global scope; undefined when unsplit (Node tests). */
export function takeChunkRegistry(): ChunkRegistry | undefined {
  const scope = globalThis as unknown as Record<string, ChunkRegistry | undefined>;
  const registry = scope[CHUNKS_GLOBAL];
  delete scope[CHUNKS_GLOBAL];
  return registry;
}

export class ChunkSupply {
  private readonly requested = new Set<string>();
  private waiting: Array<() => boolean> = [];

  constructor(
    private readonly registry: ChunkRegistry | undefined,
    private readonly request: (files: string[]) => void,
  ) {}

  private has(file: string): boolean {
    return this.registry !== undefined && Object.prototype.hasOwnProperty.call(this.registry.sources, file);
  }

  /** Resolves once every chunk the module at `path` needs is here (at once when unsplit or already here). */
  ensure = (path: string): Promise<void> => {
    const missing = (this.registry?.manifest[path] ?? []).filter((file) => !this.has(file));
    if (missing.length === 0) return Promise.resolve();
    const unasked = missing.filter((file) => !this.requested.has(file));
    for (const file of unasked) this.requested.add(file);
    if (unasked.length > 0) this.request(unasked);
    return new Promise((resolve) => {
      this.waiting.push(() => {
        if (!missing.every((file) => this.has(file))) return false;
        resolve();
        return true;
      });
    });
  };

  /** Chunks from the frame; the first copy of a file wins. */
  supply(sources: Record<string, string>): void {
    if (!this.registry) return;
    for (const [file, source] of Object.entries(sources)) if (!this.has(file)) this.registry.sources[file] = source;
    this.waiting = this.waiting.filter((satisfied) => !satisfied());
  }
}
