import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { offlineManifest } from './offline-manifest.ts';

/** The service worker's URL; its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Bundles src/offline/service-worker.ts with the manifest of the site built in `dir`. */
export async function serviceWorkerSource(dir: string): Promise<{ source: string; build: string }> {
  const files = filesUnder(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .filter((file) => `/${file}` !== SERVICE_WORKER_PATH)
    .map((file) => ({ file, content: readFileSync(join(dir, file)) }));
  const manifest = offlineManifest(files);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: true,
    define: { __OFFLINE_MANIFEST__: JSON.stringify(manifest) },
  });
  return { source: result.outputFiles[0]!.text, build: manifest.build };
}

/**
 * Writes `/sw.js` after every other step of the build has written its files (so this
 * integration comes last): the offline copy covers the site exactly as it ships.
 */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'site:offline-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { source, build: id } = await serviceWorkerSource(root);
        writeFileSync(join(root, SERVICE_WORKER_PATH.slice(1)), source);
        logger.info(`service worker for build ${id} written to ${SERVICE_WORKER_PATH}`);
      },
    },
  };
}
