/**
 * Examples import Django's names from Django's paths and the site's stand-ins from `sandbox/...`
 * only: a name the site supplies (src/sandbox/lib) imported from a `django/...` or `python/...`
 * path would teach an import that fails in a real project.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listExampleFiles } from './example-files.ts';

const LIB = new URL('../../src/sandbox/lib/', import.meta.url);
const SCENARIOS = new URL('../../src/race-lab-scenarios/', import.meta.url);

/** Every name the site's own modules export. */
const siteNames = new Set(
  readdirSync(LIB)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => {
      const text = readFileSync(new URL(name, LIB), 'utf8');
      return [...text.matchAll(/export\s*\{([^}]*)\}/g), ...text.matchAll(/export\s+(?:class|function|const)\s+(\w+)/g)].flatMap(
        (match) =>
          match[1]!.split(',').map((part) =>
            part
              .trim()
              .split(/\s+as\s+/)
              .pop()!
              .trim(),
          ),
      );
    })
    .filter(Boolean),
);

function misplacedImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'([^']+)'/gm)) {
    const specifier = match[2]!;
    if (specifier.startsWith('sandbox/')) continue;
    for (const name of match[1]!.split(',').map((part) =>
      part
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim(),
    )) {
      if (siteNames.has(name)) found.push(`${name} from '${specifier}' (the site's own: import it from sandbox/...)`);
    }
  }
  return found;
}

const scenarioFiles = readdirSync(SCENARIOS)
  .filter((name) => /\.(race|fix|partial)\.ts$/.test(name))
  .map((name) => ({ id: `race-lab/${name}`, source: readFileSync(new URL(name, SCENARIOS), 'utf8') }));

describe('imports in examples and scenarios', () => {
  it('knows the names the site supplies', () => {
    expect([...siteNames]).toEqual(
      expect.arrayContaining(['Scheduler', 'install_urlconf', 'clock', 'typeName', 'register_module']),
    );
  });

  it('catches a stand-in imported from a Django path', () => {
    expect(misplacedImports("import { install_urlconf, path } from 'django/urls';")).toHaveLength(1);
    expect(misplacedImports("import { path } from 'django/urls';\nimport { install_urlconf } from 'sandbox/urls';")).toEqual([]);
  });

  it.each(
    [...listExampleFiles().map((file) => ({ id: file.id, source: readFileSync(file.path, 'utf8') })), ...scenarioFiles].map(
      (file) => [file.id, file.source] as const,
    ),
  )('%s takes Django names from Django paths and stand-ins from sandbox/', (_id, source) => {
    expect(misplacedImports(source)).toEqual([]);
  });
});
