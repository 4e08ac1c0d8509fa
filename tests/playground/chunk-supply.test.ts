import { describe, expect, it } from 'vitest';
import { CHUNKS_GLOBAL, ChunkSupply, takeChunkRegistry, type ChunkRegistry } from '../../src/sandbox/chunk-supply.ts';

const registry = (): ChunkRegistry => ({
  manifest: { 'src/runtime/db/index.ts': ['core.js'], 'src/runtime/http/index.ts': ['web.js', 'core.js'] },
  sources: {},
});

describe('ChunkSupply', () => {
  it('asks once for what a module needs and goes on when all of it has arrived', async () => {
    const asked: string[][] = [];
    const supply = new ChunkSupply(registry(), (files) => asked.push(files));
    let ready = false;
    const http = supply.ensure('src/runtime/http/index.ts').then(() => (ready = true));
    const db = supply.ensure('src/runtime/db/index.ts');
    expect(asked).toEqual([['web.js', 'core.js']]);
    supply.supply({ 'core.js': 'core' });
    await db;
    await Promise.resolve();
    expect(ready).toBe(false);
    supply.supply({ 'web.js': 'web' });
    await http;
    expect(ready).toBe(true);
  });

  it('keeps the first copy of a chunk', () => {
    const chunks = registry();
    const supply = new ChunkSupply(chunks, () => undefined);
    supply.supply({ 'core.js': 'first' });
    supply.supply({ 'core.js': 'second' });
    expect(chunks.sources['core.js']).toBe('first');
  });

  it('needs nothing when the build is not split or the module is in the entry', async () => {
    const asked: string[][] = [];
    await new ChunkSupply(undefined, (files) => asked.push(files)).ensure('src/runtime/db/index.ts');
    await new ChunkSupply(registry(), (files) => asked.push(files)).ensure('src/sandbox/evaluate.ts');
    expect(asked).toEqual([]);
  });

  it('takes the registry off the global scope, where a snippet could reach it', () => {
    const scope = globalThis as unknown as Record<string, unknown>;
    const chunks = registry();
    scope[CHUNKS_GLOBAL] = chunks;
    expect(takeChunkRegistry()).toBe(chunks);
    expect(CHUNKS_GLOBAL in scope).toBe(false);
  });
});
