/// <reference types="vite/client" />
// (Vite supplies `?worker&url` imports and import.meta.glob; the reference keeps tsc independent of .astro/.)
import {
  ALWAYS_AVAILABLE,
  ModuleLoader,
  importersBySpecifier,
  siteImporters,
  type EnsureModuleCode,
  type ModuleImporter,
} from './modules';

// Every runtime module, imported lazily; the glob is resolved by Vite (the browser bundle) and
// by Vitest (the Node tests), so both run snippets against the same files.
const RUNTIME_IMPORTERS: Record<string, ModuleImporter> = import.meta.glob([
  '../runtime/**/*.ts',
  '!../runtime/**/*.test.ts',
  '!../runtime/**/*.d.ts',
]);

// The site's own helpers (the scheduler, …), imported as `sandbox/<name>`: not Django's, and named so.
const SITE_IMPORTERS: Record<string, ModuleImporter> = import.meta.glob(['./lib/*.ts']);

/** The importer of `path` (a glob key relative to this folder), waiting for its code to be at hand first. */
function afterCode(importers: Record<string, ModuleImporter>, ensureCode: EnsureModuleCode): Record<string, ModuleImporter> {
  return Object.fromEntries(
    Object.entries(importers).map(([path, importer]) => {
      const fromRoot = `src/${new URL(path, 'file:///src/sandbox/').pathname.slice('/src/'.length)}`;
      return [path, () => ensureCode(fromRoot).then(importer)];
    }),
  );
}

/**
 * A loader over the runtime modules and the site's helpers. Fresh module state comes from a
 * fresh worker (browser) or a reset module cache (tests). `ensureCode` fetches a module's chunks
 * in the split browser build; tests have every module at hand.
 */
export function createRuntimeLoader(ensureCode: EnsureModuleCode = ALWAYS_AVAILABLE): ModuleLoader {
  return new ModuleLoader(
    new Map([
      ...importersBySpecifier(afterCode(RUNTIME_IMPORTERS, ensureCode), '../runtime/'),
      ...siteImporters(afterCode(SITE_IMPORTERS, ensureCode), './lib/'),
    ]),
    ensureCode,
  );
}
