/**
 * The module loader snippets import through: `django/db/models`, `python/builtins`, ... map to
 * the runtime's modules under src/runtime, the way tsconfig's `paths` map them for the type
 * checker. Modules load on first request, so a snippet pays only for what it imports.
 */

export type ModuleNamespace = Readonly<Record<string, unknown>>;
export type ModuleImporter = () => Promise<unknown>;

/** Python's name for a missing module, so the traceback reads like Django's shell. */
export class ModuleNotFoundError extends Error {
  override readonly name = 'ModuleNotFoundError';
  constructor(readonly specifier: string) {
    super(`No module named '${specifier}'`);
  }
}

/**
 * The specifiers a runtime file answers to, from its path under src/runtime:
 * `db/models/index.ts` -> `django/db/models`; `python/sys.ts` -> `python/sys` and `django/python/sys`
 * (likewise `asgiref/sync.ts` -> `asgiref/sync`, the package Django takes its sync/async adapters from).
 */
export function specifiersForRuntimePath(pathInRuntime: string): string[] {
  const modulePath = pathInRuntime.replace(/\.ts$/, '').replace(/(^|\/)index$/, '');
  if (modulePath === '') return ['django'];
  const specifiers = [`django/${modulePath}`];
  if (modulePath.startsWith('python/') || modulePath.startsWith('asgiref/')) specifiers.push(modulePath);
  return specifiers;
}

/** Indexes importers keyed by path (as import.meta.glob returns them) by specifier. */
export function importersBySpecifier(
  importersByPath: Record<string, ModuleImporter>,
  runtimeDir: string,
): Map<string, ModuleImporter> {
  const bySpecifier = new Map<string, ModuleImporter>();
  for (const [path, importer] of Object.entries(importersByPath)) {
    if (!path.startsWith(runtimeDir)) continue;
    for (const specifier of specifiersForRuntimePath(path.slice(runtimeDir.length))) bySpecifier.set(specifier, importer);
  }
  return bySpecifier;
}

/** Indexes the site's helpers (`lib/scheduler.ts` -> `sandbox/scheduler`) by specifier. */
export function siteImporters(importersByPath: Record<string, ModuleImporter>, libDir: string): Map<string, ModuleImporter> {
  const bySpecifier = new Map<string, ModuleImporter>();
  for (const [path, importer] of Object.entries(importersByPath)) {
    if (path.startsWith(libDir)) bySpecifier.set(`${SITE_PREFIX}${path.slice(libDir.length).replace(/\.ts$/, '')}`, importer);
  }
  return bySpecifier;
}

/** The prefix of the site's own modules, so no reader takes them for Django's. */
export const SITE_PREFIX = 'sandbox/';

/**
 * Makes the code of a module (named by its path from the project root, e.g.
 * `src/runtime/db/models/index.ts`) available before it is imported. In the browser the worker
 * is split into chunks that arrive on request (src/build/sandbox-worker-chunks.ts); in Node
 * every module is at hand and this does nothing.
 */
export type EnsureModuleCode = (path: string) => Promise<void>;

export const ALWAYS_AVAILABLE: EnsureModuleCode = () => Promise.resolve();

export class ModuleLoader {
  private readonly loaded = new Map<string, ModuleNamespace>();

  constructor(
    private readonly importers: ReadonlyMap<string, ModuleImporter>,
    /** See EnsureModuleCode; the evaluate step also uses it for the transpiler. */
    readonly ensureCode: EnsureModuleCode = ALWAYS_AVAILABLE,
  ) {}

  has(specifier: string): boolean {
    return this.importers.has(specifier);
  }

  /** Loads a module (once); rejects with ModuleNotFoundError for an unknown specifier. */
  async load(specifier: string): Promise<ModuleNamespace> {
    const cached = this.loaded.get(specifier);
    if (cached) return cached;
    const importer = this.importers.get(specifier);
    if (!importer) throw new ModuleNotFoundError(specifier);
    const namespace = (await importer()) as ModuleNamespace;
    this.loaded.set(specifier, namespace);
    return namespace;
  }

  /** The synchronous `require` the transpiled snippet calls: every module it names was loaded beforehand. */
  require = (specifier: string): ModuleNamespace => {
    const namespace = this.loaded.get(specifier);
    if (!namespace) throw new ModuleNotFoundError(specifier);
    return namespace;
  };
}
