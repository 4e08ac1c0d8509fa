/// <reference types="vite/client" />
// (Vite supplies `?worker&url` imports and import.meta.glob; the reference keeps tsc independent of .astro/.)
import { ModuleLoader, importersBySpecifier, siteImporters, type ModuleImporter } from './modules';

// Every runtime module, imported lazily; the glob is resolved by Vite (the browser bundle) and
// by Vitest (the Node tests), so both run snippets against the same files.
const RUNTIME_IMPORTERS: Record<string, ModuleImporter> = import.meta.glob([
  '../runtime/**/*.ts',
  '!../runtime/**/*.test.ts',
  '!../runtime/**/*.d.ts',
]);

// The site's own helpers (the scheduler, …), imported as `sandbox/<name>`: not Django's, and named so.
const SITE_IMPORTERS: Record<string, ModuleImporter> = import.meta.glob(['./lib/*.ts']);

/** A loader over the runtime modules and the site's helpers. Fresh module state comes from a fresh worker (browser) or a reset module cache (tests). */
export function createRuntimeLoader(): ModuleLoader {
  return new ModuleLoader(
    new Map([...importersBySpecifier(RUNTIME_IMPORTERS, '../runtime/'), ...siteImporters(SITE_IMPORTERS, './lib/')]),
  );
}
