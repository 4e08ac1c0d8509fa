import { basename, relative } from 'node:path';
import type { Plugin } from 'vite';
import { CHUNKS_GLOBAL } from '../sandbox/chunk-supply.ts';

/**
 * Splits the sandbox worker so a Run downloads only what its example imports. The worker is
 * built as CommonJS chunks in a few groups (the model core, the web layer, the site's helpers,
 * the TypeScript transpiler). The entry carries the model core, which every run needs, and a
 * small `require` over chunk sources; the other chunks the page fetches when the worker asks
 * for them (the worker itself has no network), by a manifest of which chunks each runtime
 * module needs. Only the worker's build is changed: the frame's script stays one IIFE.
 */

/** Which chunk a module of the worker's graph goes into, by path (relative to the project root). */
export function chunkGroupOf(moduleId: string): string | null {
  const id = moduleId.replaceAll('\\', '/');
  if (id.includes('/node_modules/')) return 'transpiler';
  // The site's helpers for requests and sessions belong with the web layer they stand in for.
  if (/\/src\/sandbox\/lib\/(urls|sessions)\.ts$/.test(id)) return 'web';
  if (id.includes('/src/sandbox/lib/')) return 'site';
  if (
    /\/src\/runtime\/(http|urls|contrib|middleware|test|views|core\/(handlers|files|signing|cache))\//.test(id) ||
    id.endsWith('/src/runtime/shortcuts.ts')
  )
    return 'web';
  if (id.includes('/src/runtime/')) return 'core';
  return null;
}

interface ChunkInfo {
  fileName: string;
  imports: string[];
  moduleIds: string[];
}

/**
 * For every module that a chunk of the bundle holds, the chunks it needs (its own and those it
 * imports, directly or not), keyed by the module's path relative to `root`.
 */
export function chunkManifest(chunks: readonly ChunkInfo[], root: string): Record<string, string[]> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (fileName: string): string[] => {
    const ordered: string[] = [];
    const visit = (name: string) => {
      if (ordered.includes(name)) return;
      ordered.push(name);
      for (const imported of byFile.get(name)?.imports ?? []) visit(imported);
    };
    visit(fileName);
    return ordered.map((name) => basename(name));
  };
  const manifest: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const needed = closure(chunk.fileName);
    for (const id of chunk.moduleIds) {
      if (id.startsWith('\0')) continue;
      manifest[relative(root, id).replaceAll('\\', '/')] = needed;
    }
  }
  return manifest;
}

/**
 * The worker's entry, wrapped: `require` evaluates a chunk from its source the first time it is
 * asked for. The chunks the entry itself needs come inlined; the others arrive later, so one that
 * the manifest lists must be supplied (worker.ts does it) before anything imports from it.
 */
function wrapEntry(code: string, fileName: string, manifest: Record<string, string[]>, inlined: Record<string, string>): string {
  return `self.${CHUNKS_GLOBAL}=(function(){var manifest=${JSON.stringify(manifest)},sources=${JSON.stringify(inlined)},loaded=Object.create(null);
function require(name){var file=name.replace(/^\\.\\//,'');if(Object.prototype.hasOwnProperty.call(loaded,file))return loaded[file].exports;
if(!Object.prototype.hasOwnProperty.call(sources,file))throw new Error('sandbox chunk not loaded: '+file);var module={exports:{}};loaded[file]=module;
new Function('exports','require','module',sources[file]+'\\n//# sourceURL=sandbox:'+file)(module.exports,require,module);return module.exports}
return{manifest:manifest,sources:sources,require:require,loaded:loaded}})();
(function(require,module,exports){${code}
})(self.${CHUNKS_GLOBAL}.require,self.${CHUNKS_GLOBAL}.loaded[${JSON.stringify(fileName)}]={exports:{}},self.${CHUNKS_GLOBAL}.loaded[${JSON.stringify(fileName)}].exports);\n`;
}

/** The modules worker.ts loads as it boots (keep in step with it). */
const WARM_UP_MODULES = ['src/runtime/python/builtins.ts', 'src/runtime/python/sys.ts'];

/** The Vite plugin for `worker.plugins`: changes only the build whose input is the sandbox worker. */
export function sandboxWorkerChunks(workerEntry: string): Plugin {
  let isSandboxWorker = false;
  let root = process.cwd();
  return {
    name: 'sandbox-worker-chunks',
    configResolved(config) {
      root = config.root;
    },
    options(options) {
      const input = options.input;
      const inputs = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      isSandboxWorker = inputs.some((id) => id.replaceAll('\\', '/').endsWith(workerEntry));
      return null;
    },
    outputOptions(output) {
      if (!isSandboxWorker) return null;
      return {
        ...output,
        format: 'cjs',
        // import() of a chunk becomes require() after a resolved promise: the manifest has made sure it is there.
        dynamicImportInCjs: false,
        // Modules merged into one group chunk still run only when first imported, as they would unbundled.
        strictExecutionOrder: true,
        codeSplitting: { groups: [{ name: (id: string) => chunkGroupOf(id), includeDependenciesRecursively: false }] },
      };
    },
    generateBundle(_options, bundle) {
      if (!isSandboxWorker) return;
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error('sandbox worker: no entry chunk');
      // Inside the entry, not fetched on request: what it needs before it runs (rolldown's helpers)
      // and the chunks of the modules every worker warms up with (the model core, with Python's builtins).
      const inlined: Record<string, string> = {};
      const manifest = chunkManifest(chunks, root);
      const always = [relative(root, entry.facadeModuleId ?? ''), ...WARM_UP_MODULES].flatMap((path) => manifest[path] ?? []);
      for (const fileName of new Set(always)) {
        const chunk = chunks.find((candidate) => basename(candidate.fileName) === fileName);
        if (!chunk || chunk === entry) continue;
        inlined[fileName] = chunk.code;
        delete bundle[chunk.fileName];
      }
      // The entry and what it inlines are there from the start: no module waits for them.
      const present = new Set([basename(entry.fileName), ...Object.keys(inlined)]);
      for (const [key, needed] of Object.entries(manifest)) {
        const missing = needed.filter((name) => !present.has(name));
        if (missing.length > 0) manifest[key] = missing;
        else delete manifest[key];
      }
      entry.code = wrapEntry(entry.code, basename(entry.fileName), manifest, inlined);
    },
  };
}
