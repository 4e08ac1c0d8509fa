/**
 * The architecture as a test: no import cycle between the top-level folders of src/ (a feature
 * may use a lower layer, never the reverse), and the runtime imports nothing but itself. Imports
 * are read from the source text, type-only ones included, since those couple modules too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
/** tsconfig's `paths`: what a bare specifier resolves to. */
const ALIASES: Array<[RegExp, string]> = [
  [/^django$/, 'runtime'],
  [/^django\//, 'runtime'],
  [/^python\//, 'runtime'],
  [/^asgiref\//, 'runtime'],
  [/^sandbox\//, 'sandbox'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|astro|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The top-level folder of src/ a path is in; files directly in src/ are the site's root. */
function layerOf(path: string): string {
  const inSrc = relative(SRC, path);
  return inSrc.includes('/') ? inSrc.split('/')[0]! : '(root)';
}

function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) found.push(match[1]!);
  return found;
}

/** Edges between layers: importer layer -> imported layer, with one example file for the message. */
function layerGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
      let to: string | null = null;
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier.split('?')[0]!);
        if (target.startsWith(SRC + '/')) to = layerOf(target);
      } else {
        to = ALIASES.find(([pattern]) => pattern.test(specifier))?.[1] ?? null;
      }
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? graph.set(from, new Map()).get(from)!;
      if (!edges.has(to)) edges.set(to, relative(SRC, file));
    }
  }
  return graph;
}

/** One cycle through `start`, as a path of layers, or null. */
function cycleThrough(graph: Map<string, Map<string, string>>, start: string): string[] | null {
  const stack: string[][] = [[start]];
  const seen = new Set<string>();
  while (stack.length) {
    const path = stack.pop()!;
    for (const next of graph.get(path.at(-1)!)?.keys() ?? []) {
      if (next === start) return [...path, start];
      if (!seen.has(next)) {
        seen.add(next);
        stack.push([...path, next]);
      }
    }
  }
  return null;
}

describe('the layers of src/', () => {
  const graph = layerGraph();

  it('have no import cycle between top-level folders', () => {
    const cycles: string[] = [];
    for (const layer of graph.keys()) {
      const cycle = cycleThrough(graph, layer);
      if (cycle)
        cycles.push(cycle.map((l, i) => (i + 1 < cycle.length ? `${l} (${graph.get(l)!.get(cycle[i + 1]!)})` : l)).join(' -> '));
    }
    expect(cycles).toEqual([]);
  });

  it('keep the runtime free of the site: src/runtime imports only itself', () => {
    expect([...(graph.get('runtime')?.entries() ?? [])]).toEqual([]);
  });

  it('find the imports they check (the graph is not empty)', () => {
    expect(graph.get('playground')?.has('sandbox')).toBe(true);
    expect(graph.get('race-lab')?.has('sandbox')).toBe(true);
    expect(graph.get('sandbox')?.has('runtime')).toBe(true);
  });
});
