import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer, type RunningServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    distDir: string;
  }
}

let running: RunningServer | undefined;

export async function setup(project: TestProject) {
  // DIST_DIR lets two builds be tested side by side (e.g. `astro build --outDir /tmp/other`).
  const distDir = process.env.DIST_DIR
    ? resolve(process.env.DIST_DIR) + sep
    : fileURLToPath(new URL('../../dist/', import.meta.url));
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error('dist/ holds no built site: run `npm run build` before the end-to-end tests.');
  }
  // Port 0: the system picks a free port, so parallel runs never collide.
  running = await startServer({ root: distDir, port: 0 });
  project.provide('origin', running.origin);
  project.provide('distDir', distDir);
}

export async function teardown() {
  await running?.close();
}
