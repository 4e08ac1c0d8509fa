import { describe, expect, it } from 'vitest';
import { ModuleLoader, ModuleNotFoundError, importersBySpecifier, specifiersForRuntimePath } from '../../src/sandbox/modules.ts';

describe('specifiersForRuntimePath', () => {
  it('maps runtime files to the specifiers tsconfig paths give them', () => {
    expect(specifiersForRuntimePath('db/models/index.ts')).toEqual(['django/db/models']);
    expect(specifiersForRuntimePath('core/exceptions.ts')).toEqual(['django/core/exceptions']);
    expect(specifiersForRuntimePath('db/index.ts')).toEqual(['django/db']);
    expect(specifiersForRuntimePath('python/builtins.ts')).toEqual(['django/python/builtins', 'python/builtins']);
    expect(specifiersForRuntimePath('asgiref/sync.ts')).toEqual(['django/asgiref/sync', 'asgiref/sync']);
  });
});

describe('ModuleLoader', () => {
  const importers = importersBySpecifier(
    {
      '../runtime/python/builtins.ts': async () => ({ print: 'print' }),
      '../elsewhere/secret.ts': async () => ({ secret: true }),
    },
    '../runtime/',
  );

  it('loads a module once and serves it to require()', async () => {
    const loader = new ModuleLoader(importers);
    expect(() => loader.require('python/builtins')).toThrow(ModuleNotFoundError);
    const loaded = await loader.load('python/builtins');
    expect(loader.require('python/builtins')).toBe(loaded);
    expect(await loader.load('python/builtins')).toBe(loaded);
  });

  it('knows nothing outside the runtime folder', async () => {
    const loader = new ModuleLoader(importers);
    expect(loader.has('django/../elsewhere/secret')).toBe(false);
    await expect(loader.load('../elsewhere/secret')).rejects.toThrow("No module named '../elsewhere/secret'");
  });
});
