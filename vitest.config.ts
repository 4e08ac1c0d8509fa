import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: the runtime, the playground's pure modules and the build's own scripts.
// The `django/...` alias mirrors tsconfig's `paths`, so tests import the runtime the way examples do.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^django$/, replacement: fileURLToPath(new URL('./src/runtime/index.ts', import.meta.url)) },
      { find: /^django\//, replacement: fileURLToPath(new URL('./src/runtime/', import.meta.url)) },
      { find: /^python\//, replacement: fileURLToPath(new URL('./src/runtime/python/', import.meta.url)) },
      { find: /^asgiref\//, replacement: fileURLToPath(new URL('./src/runtime/asgiref/', import.meta.url)) },
      { find: /^sandbox\//, replacement: fileURLToPath(new URL('./src/sandbox/lib/', import.meta.url)) },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
  },
});
