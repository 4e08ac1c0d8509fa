import { describe, expect, it } from 'vitest';
import { chunkGroupOf, chunkManifest } from '../../src/build/sandbox-worker-chunks.ts';

describe('chunkGroupOf', () => {
  it('puts the model core, the web layer, the site helpers and the transpiler apart', () => {
    expect(chunkGroupOf('/p/src/runtime/db/models/base.ts')).toBe('core');
    expect(chunkGroupOf('/p/src/runtime/python/builtins.ts')).toBe('core');
    expect(chunkGroupOf('/p/src/runtime/http/request.ts')).toBe('web');
    expect(chunkGroupOf('/p/src/runtime/core/handlers/base.ts')).toBe('web');
    expect(chunkGroupOf('/p/src/runtime/shortcuts.ts')).toBe('web');
    expect(chunkGroupOf('/p/src/sandbox/lib/urls.ts')).toBe('web');
    expect(chunkGroupOf('/p/src/sandbox/lib/scheduler.ts')).toBe('site');
    expect(chunkGroupOf('/p/node_modules/sucrase/dist/esm/index.js')).toBe('transpiler');
    // The worker's own code stays in its entry.
    expect(chunkGroupOf('/p/src/sandbox/evaluate.ts')).toBeNull();
  });
});

describe('chunkManifest', () => {
  it('lists for every module its chunk and every chunk that chunk imports, directly or not', () => {
    const manifest = chunkManifest(
      [
        { fileName: '_astro/core-a.js', imports: ['_astro/helpers-h.js'], moduleIds: ['/p/src/runtime/db/index.ts'] },
        { fileName: '_astro/web-b.js', imports: ['_astro/core-a.js'], moduleIds: ['/p/src/runtime/http/index.ts', '\0virtual'] },
        { fileName: '_astro/helpers-h.js', imports: [], moduleIds: [] },
      ],
      '/p',
    );
    expect(manifest).toEqual({
      'src/runtime/db/index.ts': ['core-a.js', 'helpers-h.js'],
      'src/runtime/http/index.ts': ['web-b.js', 'core-a.js', 'helpers-h.js'],
    });
  });
});
