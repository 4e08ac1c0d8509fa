import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security-headers.ts';

/** Writes dist/_headers: the HTTP headers of src/build/security-headers.ts, for static hosts. */
export function headersFileIntegration(): AstroIntegration {
  return {
    name: 'headers-file',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
